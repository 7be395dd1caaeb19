import type { ActionResult } from "./action-result";
import { formToObject } from "./form-data";

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

/** JSON in, ActionResult out (200 even when refused: the client shows the message in the user's language). */
export function jsonRoute<R>(run: (input: unknown) => Promise<ActionResult<R>>) {
  return async (request: Request): Promise<Response> => {
    if (!isSameOrigin(request)) return forbidden();
    const input = await request.json().catch(() => null);
    return Response.json(await run(input));
  };
}

/**
 * A plain HTML form post that works without JavaScript: run, then send the browser back to the page it
 * came from (303, so a reload does not post again). A refusal goes back with it as `?refused=<error key>`,
 * so the page can say why nothing happened (the reader shows it).
 */
export function formRoute<R>(run: (input: unknown) => Promise<ActionResult<R>>, fallback = "/") {
  return async (request: Request): Promise<Response> => {
    if (!isSameOrigin(request)) return forbidden();
    const form = await request.formData().catch(() => null);
    const result = await run(formToObject(form));
    return seeOther(withRefusal(backTo(request, fallback), result));
  };
}

/** `path` with `refused` set to the result's first error key, or removed when the result is ok. */
export function withRefusal(path: string, result: ActionResult<unknown>): string {
  const url = new URL(path, "http://same.origin");
  url.searchParams.delete("refused");
  if (!result.ok) url.searchParams.set("refused", result.formError ?? Object.values(result.fieldErrors ?? {}).flat()[0] ?? "unexpected");
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
