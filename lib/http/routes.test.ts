import { describe, expect, it, vi } from "vitest";
import type { ActionResult } from "@/lib/actions/result";
import { BODY_LIMIT, backTo, formRoute, isSameOrigin, jsonRoute, withRefusal } from "./routes";

const post = (headers: Record<string, string>, body?: BodyInit) =>
  new Request("http://school.local:3000/api/x", { method: "POST", headers, body });

describe("isSameOrigin", () => {
  it("accepts a post from the host it was sent to, behind a proxy too", () => {
    expect(isSameOrigin(post({ host: "school.local:3000", origin: "http://school.local:3000" }))).toBe(true);
    expect(
      isSameOrigin(
        post({ host: "127.0.0.1:3000", "x-forwarded-host": "school.example", origin: "https://school.example" }),
      ),
    ).toBe(true);
  });
  it("refuses another site's origin and an unreadable one", () => {
    expect(isSameOrigin(post({ host: "school.local:3000", origin: "https://evil.example" }))).toBe(false);
    expect(isSameOrigin(post({ host: "school.local:3000", origin: "null" }))).toBe(false);
  });
});

describe("backTo", () => {
  it("returns to the page on this site the form came from, with its query", () => {
    expect(
      backTo(post({ host: "school.local:3000", referer: "http://school.local:3000/student/assignments/a1?x=1#p-3" })),
    ).toBe("/student/assignments/a1?x=1");
  });
  it("never sends the browser to another site", () => {
    expect(backTo(post({ host: "school.local:3000", referer: "https://evil.example/phish" }))).toBe("/");
    expect(backTo(post({ host: "school.local:3000" }), "/student")).toBe("/student");
  });
});

describe("jsonRoute and formRoute", () => {
  const ok = async (): Promise<ActionResult<string>> => ({ ok: true, value: "done" });

  it("passes the JSON body to the action and returns its result", async () => {
    const run = vi.fn(ok);
    const response = await jsonRoute(run)(
      post({ host: "school.local:3000", origin: "http://school.local:3000" }, JSON.stringify({ a: 1 })),
    );
    expect(run).toHaveBeenCalledWith({ a: 1 });
    expect(await response.json()).toEqual({ ok: true, value: "done" });
  });

  it("gives the action null for a body that is not JSON (its schema then refuses it)", async () => {
    const run = vi.fn(ok);
    await jsonRoute(run)(post({ host: "school.local:3000" }, "<not json>"));
    expect(run).toHaveBeenCalledWith(null);
  });

  it("runs nothing for a cross-site post", async () => {
    const run = vi.fn(ok);
    const cross = { host: "school.local:3000", origin: "https://evil.example" };
    expect((await jsonRoute(run)(post(cross, "{}"))).status).toBe(403);
    expect((await formRoute(run)(post(cross, new URLSearchParams({ a: "1" })))).status).toBe(403);
    expect(run).not.toHaveBeenCalled();
  });

  it("refuses a body over the limit without running the action, streamed too", async () => {
    const run = vi.fn(ok);
    const big = "x".repeat(BODY_LIMIT + 1);
    const same = { host: "school.local:3000" };
    expect((await jsonRoute(run)(post(same, JSON.stringify({ value: big })))).status).toBe(413);
    // A streamed body carries no length: it is read up to the limit and no further.
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        for (let i = 0; i < 20; i++) controller.enqueue(new TextEncoder().encode("y".repeat(BODY_LIMIT / 8)));
        controller.close();
      },
    });
    const streamed = new Request("http://school.local:3000/api/x", {
      method: "POST",
      headers: same,
      body: stream,
      duplex: "half",
    } as RequestInit);
    expect((await jsonRoute(run)(streamed)).status).toBe(413);
    expect(run).not.toHaveBeenCalled();
    // Just under the limit is fine.
    await jsonRoute(run)(post(same, JSON.stringify({ value: "x".repeat(BODY_LIMIT - 20) })));
    expect(run).toHaveBeenCalledOnce();
  });

  it("refuses by the declared length before reading, and sends an oversized form back to its page with the reason", async () => {
    const run = vi.fn(ok);
    const declared = new Request("http://school.local:3000/api/x", {
      method: "POST",
      headers: { host: "school.local:3000", "content-length": String(BODY_LIMIT + 1) },
      body: "{}",
    });
    expect((await jsonRoute(run)(declared)).status).toBe(413);
    const page = "http://school.local:3000/student/assignments/a1";
    const form = await formRoute(run)(
      post({ host: "school.local:3000", referer: page }, new URLSearchParams({ note: "x".repeat(BODY_LIMIT) })),
    );
    expect(form.status).toBe(303);
    expect(form.headers.get("location")).toBe("/student/assignments/a1?refused=tooLarge");
    expect(run).not.toHaveBeenCalled();
  });

  it("takes fields only from a urlencoded form body", async () => {
    const run = vi.fn(ok);
    await formRoute(run)(post({ host: "school.local:3000", "content-type": "text/plain" }, "read=true"));
    expect(run).toHaveBeenCalledWith({});
  });

  it("never sends the browser off the site, whatever the form or the Referer says", async () => {
    const run = vi.fn(ok);
    const to = () => "/student/assignments/../../..//evil.example/quiz";
    expect(
      (await formRoute(run, "/student", to)(post({ host: "school.local:3000" }, new URLSearchParams()))).headers.get(
        "location",
      ),
    ).toBe("/student");
    for (const referer of [
      "http://school.local:3000/a/..//evil.example/x",
      "http://school.local:3000//evil.example/x",
    ]) {
      const location = (
        await formRoute(run, "/student")(post({ host: "school.local:3000", referer }, new URLSearchParams()))
      ).headers.get("location");
      expect(location).toMatch(/^\/(?![/\\])/);
    }
  });

  it("sends the browser where the form says when it says, whatever the Referer", async () => {
    const run = vi.fn(ok);
    const to = (fields: Record<string, unknown>) => `/quiz/${String(fields.id)}`;
    const response = await formRoute(
      run,
      "/",
      to,
    )(post({ host: "school.local:3000" }, new URLSearchParams({ id: "a1" })));
    expect(response.headers.get("location")).toBe("/quiz/a1");
  });

  it("turns a form post into fields for the action and sends the browser back with a 303", async () => {
    const run = vi.fn(ok);
    const response = await formRoute(run)(
      post(
        { host: "school.local:3000", referer: "http://school.local:3000/student/assignments/a1" },
        new URLSearchParams({ read: "true" }),
      ),
    );
    expect(run).toHaveBeenCalledWith({ read: "true" });
    expect(response.status).toBe(303);
    expect(response.headers.get("location")).toBe("/student/assignments/a1");
  });
});

describe("withRefusal", () => {
  it("adds the refusal's error key to the page sent back to, and clears it after a success", () => {
    expect(withRefusal("/student/assignments/a1?x=1", { ok: false, formError: "notFound" })).toBe(
      "/student/assignments/a1?x=1&refused=notFound",
    );
    expect(withRefusal("/student/assignments/a1", { ok: false, fieldErrors: { script: ["required"] } })).toBe(
      "/student/assignments/a1?refused=required",
    );
    expect(withRefusal("/student/assignments/a1?refused=notFound", { ok: true, value: undefined })).toBe(
      "/student/assignments/a1",
    );
  });
});
