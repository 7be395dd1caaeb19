import type { LookupAddress } from "node:dns";
import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { guardedLookup, parseContentType, parseHttpUrl, type SafeFetchOptions, safeFetch } from "./safe-fetch";
import { ImportError } from "./types";

// The marker throws outside a React Server environment; vitest runs plain Node.
vi.mock("server-only", () => ({}));

const servers: http.Server[] = [];

async function serve(handler: http.RequestListener, host = "127.0.0.1") {
  const hosts: (string | undefined)[] = [];
  const server = http.createServer((request, response) => {
    hosts.push(request.headers.host);
    handler(request, response);
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  return { port: (server.address() as AddressInfo).port, hosts };
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const v4 = (address: string): LookupAddress => ({ address, family: 4 });

const OPTIONS: SafeFetchOptions = {
  mediaTypes: ["text/html"],
  accept: "text/html",
  allowAddress: (address) => address === "127.0.0.1",
};

async function rejection(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe("the lookup the connection itself uses", () => {
  const isPublic = (address: string) => address === "8.8.8.8" || address === "2001:4860:4860::8888";
  const lookUp = (addresses: LookupAddress[], options: { all?: boolean; family?: number }) =>
    new Promise<{ error: unknown; result: unknown }>((resolve) =>
      guardedLookup(isPublic, async () => addresses)("example.org", options, (error, result) =>
        resolve({ error, result }),
      ),
    );

  it("refuses a name if any of its addresses is refused, even when another one is fine", async () => {
    const { error } = await lookUp([v4("8.8.8.8"), v4("10.0.0.1")], { all: true });
    expect(error).toBeInstanceOf(ImportError);
    expect((error as ImportError).code).toBe("importAddressRefused");
  });

  it("hands the socket only the addresses it checked, in the form asked for", async () => {
    const both = [v4("8.8.8.8"), { address: "2001:4860:4860::8888", family: 6 }];
    expect((await lookUp(both, { all: true })).result).toEqual(both);
    expect((await lookUp(both, {})).result).toBe("8.8.8.8");
    expect((await lookUp(both, { family: 6, all: true })).result).toEqual([both[1]]);
  });

  it("passes on a failed lookup as it came", async () => {
    const failure = Object.assign(new Error("nope"), { code: "ENOTFOUND" });
    const error = await new Promise((resolve) =>
      guardedLookup(isPublic, () => Promise.reject(failure))("example.org", {}, resolve),
    );
    expect(error).toBe(failure);
  });
});

describe("fetching through a host name", () => {
  it("connects to the address the lookup checked, and names the host in the request", async () => {
    const fixture = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
      response.end("<p>你好</p>");
    });
    const page = await safeFetch(`http://school.example:${fixture.port}/a`, {
      ...OPTIONS,
      resolveHost: async () => [v4("127.0.0.1")],
    });
    expect(page.body.toString()).toBe("<p>你好</p>");
    expect(page.charset).toBe("utf-8");
    expect(fixture.hosts).toEqual([`school.example:${fixture.port}`]);
  });

  it("checks the name again on every connection: a name that rebinds to a refused address gets nothing", async () => {
    const inside = await serve((_request, response) => response.end("內部"), "127.0.0.2");
    let lookups = 0;
    // First answer the allowed fixture, then (as a rebinding attacker's DNS would) a refused address.
    const rebinding = async () => [v4(lookups++ === 0 ? "127.0.0.1" : "127.0.0.2")];
    const fixture = await serve((_request, response) => {
      response.writeHead(302, { Location: `http://school.example:${inside.port}/secret` });
      response.end();
    });
    const error = await rejection(
      safeFetch(`http://school.example:${fixture.port}/`, { ...OPTIONS, resolveHost: rebinding }),
    );
    expect(error.code).toBe("importAddressRefused");
    expect(lookups).toBe(2);
    expect(inside.hosts).toEqual([]);
  });

  it("reports a name that does not resolve as unreachable", async () => {
    const missing = Object.assign(new Error("getaddrinfo ENOTFOUND"), { code: "ENOTFOUND" });
    const error = await rejection(
      safeFetch("http://no-such-school.example/", { ...OPTIONS, resolveHost: () => Promise.reject(missing) }),
    );
    expect(error.code).toBe("importUnreachable");
  });
});

describe("URLs and headers", () => {
  it("resolves a redirect's Location against the current URL and checks it like the first", () => {
    const current = new URL("https://news.example.com/a/b?c=1");
    expect(parseHttpUrl("../d", current).href).toBe("https://news.example.com/d");
    expect(parseHttpUrl("//cdn.example.com/e", current).href).toBe("https://cdn.example.com/e");
    expect(parseHttpUrl("  http://example.com:8080/x ").port).toBe("8080");
    for (const bad of ["file:///etc/passwd", "gopher://example.com/", "http://a:b@example.com/", "http://", ""]) {
      expect(() => parseHttpUrl(bad), bad).toThrow("importUrlInvalid");
    }
  });

  it("reads the media type and charset from Content-Type", () => {
    expect(parseContentType('Text/HTML; Charset="Big5"')).toEqual({ mediaType: "text/html", charset: "big5" });
    expect(parseContentType("application/xhtml+xml")).toEqual({ mediaType: "application/xhtml+xml", charset: null });
    expect(parseContentType(undefined)).toEqual({ mediaType: "", charset: null });
  });
});
