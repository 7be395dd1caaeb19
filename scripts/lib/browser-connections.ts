// HTTP as one simulated user's browser sends it, for the load scripts that stand in for a whole class
// (bench:scale): over that user's own keep-alive connections, not a pool shared by every simulated user.
//
// Why: `fetch` in one load process sends every user's requests over the few connections its pool keeps open,
// and a server of several processes (Node's cluster) hands out connections, not requests: one process got
// them all, and the other sat idle (measured 2026-12-06: 35–40% of a core against 13%). A class is 120
// browsers, each with connections of its own. node:http also costs the load process less than `fetch`, and
// the load process shares the machine's cores with the servers.
import http from "node:http";

/**
 * A reply as it came: `body` its bytes, `text` decoded when first read. The load process shares the server's
 * cores, and decoding a quiz page (64 KB, mostly Chinese) as UTF-8 took it 0.2–0.3 ms of CPU (measured
 * 2026-12-07), where looking for a marker in the bytes takes a tenth of that.
 */
export type Reply = { status: number; body: Buffer; readonly text: string };
export type RequestInit = { method?: string; headers?: Record<string, string>; body?: string };

/** One browser's connections to the server: kept open between requests, at most six at once, as browsers do. */
export class BrowserConnections {
  // A connection idle for 2 s is closed from this side, before the server's keep-alive timeout (Node's
  // 5 s) closes it from the other just as a request is sent on it (the request would fail, though the server
  // never saw it).
  private readonly agent = new http.Agent({ keepAlive: true, maxSockets: 6, timeout: 2000 });

  /** Sends one request and reads the whole reply; never follows a redirect. Rejects if the connection fails. */
  request(url: string, init: RequestInit = {}): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const request = http.request(url, { method: init.method ?? "GET", headers: init.headers, agent: this.agent });
      request.on("error", reject);
      request.on("response", (response) => {
        const chunks: Buffer[] = [];
        response.on("data", (chunk: Buffer) => chunks.push(chunk));
        response.on("error", reject);
        response.on("end", () => {
          const body = Buffer.concat(chunks);
          let text: string | undefined;
          resolve({
            status: response.statusCode ?? 0,
            body,
            get text() {
              text ??= body.toString("utf8");
              return text;
            },
          });
        });
      });
      request.end(init.body);
    });
  }

  close(): void {
    this.agent.destroy();
  }
}
