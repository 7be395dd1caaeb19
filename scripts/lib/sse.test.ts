import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEventStream, type StreamEvent } from "./sse";

describe("openEventStream", () => {
  let server: http.Server;
  let base: string;
  const open = new Set<http.ServerResponse>();
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      if (request.url === "/missing") return void response.writeHead(404).end("no");
      response.writeHead(200, { "content-type": "text/event-stream" });
      response.write("retry: 1000\n\n");
      open.add(response);
      response.on("close", () => open.delete(response));
      if (request.url === "/short") {
        // One event split across two chunks, with CRLF line ends, then a comment; then one whose CRLF is split
        // between two chunks (read as one line end, not two: not as the end of the event); then the server ends
        // the stream.
        response.write(`event: change\r\ndata: {"cookie":"${request.headers.cookie}",`);
        setTimeout(() => {
          response.write('\r\ndata: "多行"}\r\n\r\n: ping\n\nevent: change\r');
          setTimeout(() => {
            response.write("\ndata: second\r\n\r\n");
            setTimeout(() => response.end(), 20);
          }, 20);
        }, 20);
      }
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it("parses events split across chunks, skips comments and retry lines, and notices the server ending the stream", async () => {
    const events: StreamEvent[] = [];
    const stream = await openEventStream(`${base}/short`, "s=1", (e) => events.push(e));
    await stream.ready;
    await expect.poll(() => stream.endedEarly).toBe("the server ended the stream");
    expect(events.map(({ event, data }) => ({ event, data }))).toEqual([
      { event: "change", data: '{"cookie":"s=1",\n"多行"}' },
      { event: "change", data: "second" },
    ]);
    expect(events[0]!.receivedAt).toBeGreaterThan(Date.now() - 5000);
  });

  it("closes from this side without calling that ending early", async () => {
    const stream = await openEventStream(`${base}/long`, "s=2", () => {});
    await stream.ready;
    expect(open.size).toBe(1);
    stream.close();
    await expect.poll(() => open.size).toBe(0);
    expect(stream.endedEarly).toBeUndefined();
  });

  it("rejects a reply other than 200, and a refused connection", async () => {
    await expect(openEventStream(`${base}/missing`, "", () => {})).rejects.toThrow("HTTP 404");
    await expect(openEventStream("http://127.0.0.1:1/", "", () => {})).rejects.toThrow();
  });
});
