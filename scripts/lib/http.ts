// HTTP helpers for the scripts that drive a running server the way a browser would (size, bench:quiz).

/** Waits until `url` answers 2xx (the server is up), polling once a second for up to two minutes. */
export async function waitFor(url: string) {
  for (let i = 0; i < 120; i++) {
    if (
      await fetch(url).then(
        (r) => r.ok,
        () => false,
      )
    )
      return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${url} did not answer`);
}

/** next-auth's credentials flow over plain HTTP: CSRF token, then the callback; returns the cookies. */
export async function signIn(base: string, login: string, password: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, login, password, json: "true" }),
    redirect: "manual",
  });
  jar.push(...res.headers.getSetCookie().map((c) => c.split(";")[0]));
  if (!jar.some((c) => c?.includes("session-token"))) throw new Error(`sign-in failed for ${login}`);
  return jar.join("; ");
}

/**
 * Calls a server action as Next's client does: its id in the Next-Action header, the arguments as a JSON
 * array, posted to a page path. The reply is the RSC stream, with the action's result in it. A redirect
 * (an action that calls redirect()) is returned as is, not followed.
 */
export function postServerAction(
  base: string,
  pagePath: string,
  cookie: string,
  actionId: string,
  args: unknown[],
): Promise<Response> {
  return fetch(base + pagePath, { ...serverActionRequest(cookie, actionId, args), redirect: "manual" });
}

/** The request postServerAction sends (to the page's path), for a script that sends it another way. */
export function serverActionRequest(cookie: string, actionId: string, args: unknown[]) {
  return {
    method: "POST",
    headers: {
      cookie,
      "Next-Action": actionId,
      "Content-Type": "text/plain;charset=UTF-8",
      Accept: "text/x-component",
    },
    body: JSON.stringify(args),
  };
}
