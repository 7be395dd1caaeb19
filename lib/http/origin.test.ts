import { describe, expect, it } from "vitest";
import { originOf } from "./origin";

const headers = (values: Record<string, string>) => ({ get: (name: string) => values[name] ?? null });

describe("originOf", () => {
  it("is the address the browser used, through a proxy too", () => {
    expect(originOf(headers({ host: "192.168.1.20:3000" }), "")).toBe("http://192.168.1.20:3000");
    expect(
      originOf(
        headers({ host: "127.0.0.1:3000", "x-forwarded-host": "reading.school.tw", "x-forwarded-proto": "https" }),
        "",
      ),
    ).toBe("https://reading.school.tw");
    expect(originOf(headers({ host: "[::1]:3000" }), "")).toBe("http://[::1]:3000");
  });

  it("is pinned by NEXTAUTH_URL, and refuses a host that is not a name or address", () => {
    expect(originOf(headers({ host: "evil.example" }), "https://reading.school.tw/app")).toBe(
      "https://reading.school.tw",
    );
    expect(originOf(headers({ host: 'x"><script>' }), "")).toBeNull();
    expect(originOf(headers({ host: "a.tw/@evil.example" }), "")).toBeNull();
    expect(originOf(headers({}), "")).toBeNull();
  });
});
