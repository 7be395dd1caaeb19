import { describe, expect, it } from "vitest";
import { contentSecurityPolicy, isCrossSitePost, newNonce, servedOverHttps } from "./security-headers";

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe("the page security headers", () => {
  it("allow scripts only with the nonce, eval only in development, and nothing from elsewhere", () => {
    const policy = contentSecurityPolicy("abc");
    expect(policy).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic';");
    expect(policy).not.toContain("unsafe-eval");
    expect(contentSecurityPolicy("abc", { dev: true })).toContain("'strict-dynamic' 'unsafe-eval'");
    for (const directive of ["default-src 'self'", "object-src 'none'", "base-uri 'self'", "frame-ancestors 'none'"])
      expect(policy).toContain(directive);
    expect(newNonce()).not.toBe(newNonce());
    expect(Buffer.from(newNonce(), "base64")).toHaveLength(16);
  });

  it("count a request as HTTPS by NEXTAUTH_URL, else by the (trusted) proxy's header", () => {
    expect(servedOverHttps(headers({}), "https://reading.school.tw")).toBe(true);
    expect(servedOverHttps(headers({ "x-forwarded-proto": "https" }), "http://192.168.1.20:3000")).toBe(false);
    expect(servedOverHttps(headers({ "x-forwarded-proto": "https" }), "")).toBe(true);
    expect(servedOverHttps(headers({}), "")).toBe(false);
  });

  it("tell a post from another site from one of this site", () => {
    const post = (values: Record<string, string>) => ({ method: "POST", headers: headers(values) });
    expect(isCrossSitePost(post({ host: "a.tw:3000", origin: "http://a.tw:3000" }))).toBe(false);
    expect(isCrossSitePost(post({ host: "a.tw:3000", origin: "https://evil.example" }))).toBe(true);
    expect(isCrossSitePost(post({ host: "a.tw:3000", origin: "null" }))).toBe(true);
    expect(isCrossSitePost(post({ host: "a.tw:3000" }))).toBe(false);
    expect(isCrossSitePost({ method: "GET", headers: headers({ host: "a.tw", origin: "https://evil.example" }) })).toBe(
      false,
    );
  });
});
