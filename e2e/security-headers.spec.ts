import { SignInPage } from "./pages/sign-in-page";
import { DEMO_ASSIGNMENT, DEMO_STUDENT } from "./support/data";
import { expect, test } from "./support/test";

// Headers and refusals a browser never shows, checked on the production server the suite runs (plain HTTP,
// no TRUST_PROXY). That the browser reports no CSP violation on any page is checked by every spec
// (e2e/support/test.ts).

test("every page has a strict Content-Security-Policy with a fresh nonce on each of its scripts", async ({
  request,
}) => {
  const first = await request.get("/sign-in");
  const second = await request.get("/sign-in");
  const policy = first.headers()["content-security-policy"] ?? "";
  const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
  expect(nonce, policy).toBeTruthy();
  for (const directive of [
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ])
    expect(policy).toContain(directive);
  expect(second.headers()["content-security-policy"]).not.toContain(nonce);

  const html = await first.text();
  const scripts = html.match(/<script\b[^>]*>/g) ?? [];
  expect(scripts.length).toBeGreaterThan(0);
  for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);

  const headers = first.headers();
  expect(headers["x-content-type-options"]).toBe("nosniff");
  expect(headers["referrer-policy"]).toBe("same-origin");
  expect(headers["permissions-policy"]).toContain("camera=()");
  expect(headers["x-frame-options"]).toBe("DENY");
});

test("HTTPS is believed only from a trusted proxy: no HSTS and no forged host over plain HTTP", async ({ request }) => {
  const forged = { "x-forwarded-proto": "https", "x-forwarded-host": "evil.example" };
  const page = await request.get("/sign-in", { headers: forged });
  expect(page.headers()["strict-transport-security"]).toBeUndefined();
  // next-auth builds its own URLs from the address the request came to, not from the forged header.
  const providers = await request.get("/api/auth/providers", { headers: forged });
  expect(providers.ok()).toBe(true);
  const text = await providers.text();
  expect(text).toContain("/api/auth/signin/credentials");
  expect(text).not.toContain("evil.example");
  expect(text).not.toContain("https://");
});

test("a post from another site to a page (a server action) is refused with 403", async ({ request }) => {
  const fromElsewhere = { origin: "https://evil.example" };
  const scripted = await request.post("/sign-up", {
    headers: { ...fromElsewhere, "next-action": "0".repeat(42), "content-type": "text/plain;charset=UTF-8" },
    data: "[]",
  });
  expect(scripted.status()).toBe(403);
  const plainForm = await request.post("/join", {
    headers: fromElsewhere,
    form: { $ACTION_ID_0: "", joinCode: "DEBATE" },
  });
  expect(plainForm.status()).toBe(403);
});

test("the sign-in endpoint reads no more than a sign-in form's worth of body", async ({ request }) => {
  const reply = await request.post("/api/auth/callback/credentials", {
    form: { login: "someone", password: "x".repeat(1024 * 1024), csrfToken: "t" },
  });
  expect(reply.status()).toBe(413);
});

test("the reader and the quiz (Pages Router, outside proxy.ts) carry the same policy, and the board (App Router) too", async ({
  page,
}) => {
  await new SignInPage(page).signInAs(DEMO_STUDENT.login, DEMO_STUDENT.password, "/student");
  for (const path of [
    `/student/assignments/${DEMO_ASSIGNMENT}`,
    `/student/assignments/${DEMO_ASSIGNMENT}/quiz`,
    `/student/assignments/${DEMO_ASSIGNMENT}/debate`,
  ]) {
    const reply = await page.request.get(path);
    expect(reply.status(), path).toBe(200);
    const policy = reply.headers()["content-security-policy"] ?? "";
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce, `${path}: ${policy}`).toBeTruthy();
    expect(policy).toContain("frame-ancestors 'none'");
    const scripts = (await reply.text()).match(/<script\b[^>]*>/g) ?? [];
    expect(scripts.length, path).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag, path).toContain(`nonce="${nonce}"`);
  }
});

test("pages go uncompressed and Next's static files gzipped, whatever the browser accepts (decision 0052)", async ({
  request,
}) => {
  const gzip = { "accept-encoding": "gzip, deflate, br" };
  const page = await request.get("/sign-in", { headers: gzip });
  expect(page.headers()["content-encoding"]).toBeUndefined();
  const script = /<script[^>]*src="(\/_next\/static\/[^"]+\.js)"/.exec(await page.text())?.[1];
  expect(script).toBeTruthy();
  const asset = await request.get(script!, { headers: gzip });
  expect(asset.headers()["content-encoding"]).toBe("gzip");
});
