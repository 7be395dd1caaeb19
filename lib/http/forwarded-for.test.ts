import { describe, expect, it } from "vitest";
// The server's preload (plain CommonJS, loaded with node --require before Next).
import { trustedForwardedFor, trustProxyFromEnv } from "../../scripts/server/client-address.cjs";
import { lastForwardedAddress } from "./forwarded-for";

describe("the client address the rate limits count by", () => {
  it("is the connection's address when the app is reached directly, whatever the client sent", () => {
    expect(trustedForwardedFor("203.0.113.9", "10.0.0.5", false)).toBe("10.0.0.5");
    expect(trustedForwardedFor(["1.1.1.1", "2.2.2.2"], "10.0.0.5", false)).toBe("10.0.0.5");
    expect(trustedForwardedFor(undefined, undefined, false)).toBe("unknown");
  });

  it("behind a trusted proxy is the entry the proxy appended, the last one", () => {
    const header = trustedForwardedFor("6.6.6.6, 10.1.2.3", "10.0.0.1", true);
    expect(lastForwardedAddress(header)).toBe("10.1.2.3");
    expect(trustedForwardedFor("", "10.0.0.1", true)).toBe("10.0.0.1");
  });

  it("reads TRUST_PROXY as on only when it says so", () => {
    expect([undefined, "", "false", "0", "no"].map(trustProxyFromEnv)).toEqual([false, false, false, false, false]);
    expect(["true", "TRUE", "1", "yes"].map(trustProxyFromEnv)).toEqual([true, true, true, true]);
  });

  it("takes the last non-empty entry of X-Forwarded-For, or unknown", () => {
    expect(lastForwardedAddress("a, b ,c")).toBe("c");
    expect(lastForwardedAddress(["a", "b, c"])).toBe("c");
    expect(lastForwardedAddress("a, ")).toBe("a");
    expect(lastForwardedAddress(null)).toBe("unknown");
  });
});
