import { type ActionResult, SERVER_CANNOT_SAVE } from "@/lib/actions/result";

// Route handlers for pages that are not App Router pages (the reader, see docs/decisions/0014) and for
// the header's plain form posts. Each wraps an `action(…)`: the same zod check, user and role check.

/**
 * Refuses cross-site posts, as Next does for server actions: the Origin's host must be the host the
 * request came to. (Session cookies are SameSite=Lax as well, so a cross-site post carries no session.)
 */
export function isSameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true; // same-origin navigations from older browsers; they carry no cross-site risk here
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

const forbidden = () => Response.json({ ok: false, formError: "notAllowed" }, { status: 403 });
const tooLarge = () => Response.json({ ok: false, formError: "tooLarge" }, { status: 413 });

/**
 * The largest body a write takes: the longest legitimate one (a 5,000-character short answer, escaped) is a
 * quarter of it. Server actions had Next's 1 MB limit; route handlers have none, and every route is public.
 */
export const BODY_LIMIT = 64 * 1024;

/** The request's body as text, or null once it passes `limit` bytes (read no further). */
export async function readCapped(request: Request, limit = BODY_LIMIT): Promise<string | null> {
  const bytes = await readCappedBytes(request, limit);
  return bytes && Buffer.from(bytes).toString("utf8");
}

/** The request's body, or null once it passes `limit` bytes (read no further). */
export async function readCappedBytes(request: Request, limit = BODY_LIMIT): Promise<Uint8Array | null> {
  if (Number(request.headers.get("content-length") ?? 0) > limit) return null;
  if (!request.body) return new Uint8Array();
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * JSON in, ActionResult out (200 even when refused: the client shows the message in the user's language;
 * 503 when the database could not take the write, so the client tries again later).
 */
export function jsonRoute<R>(run: (input: unknown) => Promise<ActionResult<R>>) {
  return async (request: Request): Promise<Response> => {
    if (!isSameOrigin(request)) return forbidden();
    const body = await readCapped(request).catch(() => null);
    if (body === null) return tooLarge();
    let input: unknown = null;
    try {
      input = JSON.parse(body);
    } catch {
      // not JSON: the action's schema refuses null
    }
    const result = await run(input);
    return Response.json(result, { status: !result.ok && result.formError === SERVER_CANNOT_SAVE ? 503 : 200 });
  };
}

/**
 * A plain HTML form post that works without JavaScript: run, then send the browser back to the page it
 * came from (303, so a reload does not post again), or to `destination(fields)` when the form says where
 * (browsers may leave the Referer out). A refusal goes back with it as `?refused=<error key>`, so the page
 * can say why nothing happened (the reader and the quiz show it).
 */
export function formRoute<R>(
  run: (input: unknown) => Promise<ActionResult<R>>,
  fallback = "/",
  destination?: (fields: Record<string, unknown>) => string | null,
) {
  return async (request: Request): Promise<Response> => {
    if (!isSameOrigin(request)) return forbidden();
    const fields = await readForm(request);
    // A form post is a page load: an oversized one goes back to the page with the reason, not a JSON reply.
    const result = fields ? await run(fields) : ({ ok: false, formError: "tooLarge" } as const);
    const location = withRefusal((fields && destination?.(fields)) ?? backTo(request, fallback), result);
    return seeOther(isSitePath(location) ? location : withRefusal(fallback, result));
  };
}

/**
 * A plain form's fields, read within the body limit; null when the body is over it. Our forms post
 * application/x-www-form-urlencoded (none uploads files); any other body is no fields.
 */
export async function readForm(request: Request): Promise<Record<string, string> | null> {
  const body = await readCapped(request).catch(() => null);
  if (body === null) return null;
  const urlEncoded = (request.headers.get("content-type") ?? "").startsWith("application/x-www-form-urlencoded");
  return Object.fromEntries(new URLSearchParams(urlEncoded ? body : ""));
}

/** A path on this site: one leading "/", so never "//other.site" (which a browser would leave for). */
const isSitePath = (path: string) => path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\");

/** `path` with `refused` set to the result's first error key, or removed when the result is ok. */
export function withRefusal(path: string, result: ActionResult<unknown>): string {
  const url = new URL(path, "http://same.origin");
  url.searchParams.delete("refused");
  if (!result.ok)
    url.searchParams.set(
      "refused",
      result.formError ?? Object.values(result.fieldErrors ?? {}).flat()[0] ?? "unexpected",
    );
  return url.pathname + url.search;
}

/** The page a form was posted from, when it is on this site; else `fallback`. */
export function backTo(request: Request, fallback = "/"): string {
  const referer = request.headers.get("referer");
  if (!referer) return fallback;
  try {
    const url = new URL(referer);
    const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
    return url.host === host ? url.pathname + url.search : fallback;
  } catch {
    return fallback;
  }
}

export function seeOther(location: string): Response {
  return new Response(null, { status: 303, headers: { Location: location } });
}
