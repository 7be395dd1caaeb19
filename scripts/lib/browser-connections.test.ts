import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BrowserConnections } from "./browser-connections";

describe("BrowserConnections", () => {
  let server: http.Server;
  let base: string;
  const connections = new Set<unknown>();
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      connections.add(request.socket);
      let body = "";
      request.on("data", (chunk: Buffer) => (body += chunk.toString("utf8")));
      request.on("end", () => {
        if (request.url === "/moved") return void response.writeHead(303, { location: "/" }).end();
        response.end(`${request.method} ${request.headers.cookie ?? ""} ${body} 「好」`);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("keeps one browser's requests on its own connection, and another browser's on another", async () => {
    connections.clear();
    const one = new BrowserConnections();
    const two = new BrowserConnections();
    for (let i = 0; i < 3; i++) await one.request(`${base}/`);
    expect(connections.size).toBe(1);
    await two.request(`${base}/`);
    expect(connections.size).toBe(2);
    one.close();
    two.close();
  });

  it("sends the method, headers and body, reads the whole reply (as bytes, and as text), and does not follow a redirect", async () => {
    const browser = new BrowserConnections();
    const reply = await browser.request(`${base}/save`, { method: "POST", headers: { cookie: "s=1" }, body: "答案" });
    expect({ status: reply.status, text: reply.text }).toEqual({ status: 200, text: "POST s=1 答案 「好」" });
    expect(reply.body.includes("「好」")).toBe(true);
    expect((await browser.request(`${base}/moved`)).status).toBe(303);
    browser.close();
  });

  it("rejects when nothing answers", async () => {
    const browser = new BrowserConnections();
    await expect(browser.request("http://127.0.0.1:1/")).rejects.toThrow();
    browser.close();
  });
});
