import { type ActionResult, SERVER_CANNOT_SAVE } from "@/lib/actions/result";

/**
 * Posts to one of the route handlers the Pages Router pages write through (app/api/reader, app/api/quiz).
 * Refusals come back as an ActionResult whose error is a key of the "errors" catalog; a network failure
 * throws, so callers can say "offline".
 */
export async function postJson<T = unknown>(
  url: string,
  body: unknown,
  options: { keepalive?: boolean } = {},
): Promise<ActionResult<T>> {
  // keepalive: the browser finishes the request even if the page is being left (a last progress report).
  const response = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
    keepalive: options.keepalive,
  });
  if (!response.ok)
    return {
      ok: false,
      formError:
        response.status === 403
          ? "notAllowed"
          : response.status === 413
            ? "tooLarge"
            : response.status === 503
              ? SERVER_CANNOT_SAVE
              : "unexpected",
    };
  return (await response.json()) as ActionResult<T>;
}

/** The first error key of a refused result. */
export function errorKey(result: ActionResult<unknown>): string {
  return result.ok ? "" : (result.formError ?? Object.values(result.fieldErrors ?? {}).flat()[0] ?? "unexpected");
}
