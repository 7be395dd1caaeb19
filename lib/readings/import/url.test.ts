import http from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, describe, expect, it, vi } from "vitest";
import { ImportError } from "./types";
import { type ImportUrlOptions, importUrl } from "./url";

// The marker throws outside a React Server environment; vitest runs plain Node.
vi.mock("server-only", () => ({}));

type Fixture = { origin: string; requests: http.IncomingMessage[]; connections: () => number };

const servers: http.Server[] = [];

/** A page server on a loopback address; the policy refuses it unless a test allows that exact address. */
async function serve(handler: http.RequestListener, host = "127.0.0.1"): Promise<Fixture> {
  const requests: http.IncomingMessage[] = [];
  let connections = 0;
  const server = http.createServer((request, response) => {
    requests.push(request);
    handler(request, response);
  });
  server.on("connection", () => connections++);
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, host, resolve));
  const { port } = server.address() as AddressInfo;
  return { origin: `http://${host}:${port}`, requests, connections: () => connections };
}

afterEach(async () => {
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

const ONLY_THE_FIXTURE: ImportUrlOptions = { allowAddress: (address) => address === "127.0.0.1" };

async function importError(url: string, options?: ImportUrlOptions): Promise<ImportError> {
  const error = await importUrl(url, options).then(
    () => null,
    (thrown: unknown) => thrown,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

const page = (body: string, headers: http.OutgoingHttpHeaders = {}): http.RequestListener => {
  return (_request, response) => {
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8", ...headers });
    response.end(body);
  };
};

const ARTICLE = `<!doctype html>
<html lang="zh-Hant"><head>
<title>颱風過後的校園 | 範例新聞</title>
<meta name="author" content="林美華">
<meta property="article:published_time" content="2026-10-02T09:00:00+08:00">
</head><body>
<nav class="menu"><a href="/">首頁</a><a href="/local">地方新聞</a></nav>
<div class="ad-break">廣告：颱風季家電特賣</div>
<article>
<h1>颱風過後的校園</h1>
<p>強颱過境後，花蓮一所國小的操場滿是斷枝與落葉，老師和學生一早就回到學校，一起清理環境，準備恢復上課。</p>
<script>document.write("SCRIPT TEXT")</script>
<img src="school.jpg" onerror="document.body.textContent='IMG ERROR'">
<h2>家長也來幫忙</h2>
<p>不少家長帶著掃把和手推車加入清掃的行列，村長也調來怪手協助搬運倒下的大樹，讓孩子們能盡快回到教室。</p>
</article>
<footer>版權所有 範例新聞</footer>
</body></html>`;

describe("importing a web page by URL", () => {
  it("refuses anything but an http(s) URL without credentials, before connecting", async () => {
    const fixture = await serve(page("<p>秘密</p>"));
    const port = new URL(fixture.origin).port;
    for (const url of [
      "file:///etc/passwd",
      "ftp://example.com/reading.html",
      "javascript:alert(1)",
      "data:text/html,<p>hello</p>",
      "not a url",
      `http://teacher:secret@127.0.0.1:${port}/`,
      "https://teacher@example.com/",
    ]) {
      expect((await importError(url, ONLY_THE_FIXTURE)).code, url).toBe("importUrlInvalid");
    }
    expect(fixture.connections()).toBe(0);
  });

  it("refuses loopback, private and metadata addresses without the test allowance, before connecting", async () => {
    const fixture = await serve(page("<p>秘密</p>"));
    const port = new URL(fixture.origin).port;
    for (const url of [
      `http://127.0.0.1:${port}/`,
      `http://localhost:${port}/`,
      `http://[::1]:${port}/`,
      `http://[::ffff:127.0.0.1]:${port}/`,
      `http://2130706433:${port}/`,
      "http://169.254.169.254/latest/meta-data/",
      "http://metadata.google.internal/computeMetadata/v1/",
      "http://10.0.0.1/",
    ]) {
      expect((await importError(url)).code, url).toBe("importAddressRefused");
    }
    expect(fixture.connections()).toBe(0);
  });

  it("turns a Traditional Chinese article into its paragraphs, with a plain request", async () => {
    const fixture = await serve(page(ARTICLE));
    const reading = await importUrl(`${fixture.origin}/news/typhoon`, ONLY_THE_FIXTURE);
    expect(reading).toEqual({
      title: "颱風過後的校園",
      author: "林美華",
      source: `${fixture.origin}/news/typhoon`,
      publishedOn: "2026-10-02",
      paragraphs: [
        { text: "颱風過後的校園", heading: true },
        {
          text: "強颱過境後，花蓮一所國小的操場滿是斷枝與落葉，老師和學生一早就回到學校，一起清理環境，準備恢復上課。",
          heading: false,
        },
        { text: "家長也來幫忙", heading: true },
        {
          text: "不少家長帶著掃把和手推車加入清掃的行列，村長也調來怪手協助搬運倒下的大樹，讓孩子們能盡快回到教室。",
          heading: false,
        },
      ],
    });
    expect(JSON.stringify(reading)).not.toMatch(/SCRIPT TEXT|IMG ERROR|首頁|廣告|版權所有/);
    const { headers } = fixture.requests[0]!;
    expect(headers["user-agent"]).toBe("close-reading-classroom reading import");
    expect(headers.accept).toMatch(/^text\/html/);
    expect(headers.cookie).toBeUndefined();
  });

  it("reads a Big5 page, whether the charset is in Content-Type or only in a <meta>", async () => {
    // 臺灣的晶片產業, in Big5.
    const big5 = Buffer.from("bb4fc657aabab4b9a4f9b2a3b77e", "hex");
    const html = (head: string) =>
      Buffer.concat([Buffer.from(`<html><head>${head}<title>t</title></head><body><p>`), big5, Buffer.from("</p>")]);
    const fixture = await serve((request, response) => {
      const inHeader = request.url === "/header";
      response.writeHead(200, { "Content-Type": inHeader ? "text/html; charset=Big5" : "text/html" });
      response.end(html(inHeader ? "" : '<meta charset="big5">'));
    });
    for (const path of ["/header", "/meta"]) {
      const reading = await importUrl(fixture.origin + path, ONLY_THE_FIXTURE);
      expect(reading.paragraphs, path).toEqual([{ text: "臺灣的晶片產業", heading: false }]);
    }
  });

  it("reads a text/plain page as one paragraph a line", async () => {
    const fixture = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/plain; charset=utf-8" });
      response.end("第一段\n\n第二段\n");
    });
    const reading = await importUrl(fixture.origin, ONLY_THE_FIXTURE);
    expect(reading.paragraphs.map((paragraph) => paragraph.text)).toEqual(["第一段", "第二段"]);
  });

  it("follows redirects by hand, relative or absolute, sends no cookies, and keeps the final URL", async () => {
    const fixture = await serve((request, response) => {
      const next: Record<string, string> = { "/old": "/moved", "/moved": `${origin}/article` };
      const location = next[request.url ?? ""];
      if (location) {
        response.writeHead(request.url === "/old" ? 301 : 307, { Location: location, "Set-Cookie": "session=1" });
        return response.end();
      }
      page(ARTICLE)(request, response);
    });
    const origin = fixture.origin;
    const reading = await importUrl(`${origin}/old`, ONLY_THE_FIXTURE);
    expect(reading.source).toBe(`${origin}/article`);
    expect(reading.title).toBe("颱風過後的校園");
    expect(fixture.requests.map((request) => request.url)).toEqual(["/old", "/moved", "/article"]);
    expect(fixture.requests.map((request) => request.headers.cookie)).toEqual([undefined, undefined, undefined]);
  });

  it("follows at most five redirects", async () => {
    const fixture = await serve((request, response) => {
      const hops = Number(request.url?.slice(1));
      if (hops === 0) return page(ARTICLE)(request, response);
      response.writeHead(302, { Location: `/${hops - 1}` });
      response.end();
    });
    await expect(importUrl(`${fixture.origin}/5`, ONLY_THE_FIXTURE)).resolves.toMatchObject({
      source: `${fixture.origin}/0`,
    });
    expect((await importError(`${fixture.origin}/6`, ONLY_THE_FIXTURE)).code).toBe("importTooManyRedirects");
  });

  it("checks every redirect's target like the first URL: a refused address is never connected to", async () => {
    const elsewhere = await serve(page("<p>內部服務</p>"), "127.0.0.2");
    const fixture = await serve((request, response) => {
      response.writeHead(302, { Location: decodeURIComponent(request.url?.slice(1) ?? "") });
      response.end();
    });
    const redirectTo = (target: string) => `${fixture.origin}/${encodeURIComponent(target)}`;
    for (const target of [elsewhere.origin, "http://169.254.169.254/latest/meta-data/", "http://localhost/"]) {
      expect((await importError(redirectTo(target), ONLY_THE_FIXTURE)).code, target).toBe("importAddressRefused");
    }
    expect((await importError(redirectTo("file:///etc/passwd"), ONLY_THE_FIXTURE)).code).toBe("importUrlInvalid");
    expect(elsewhere.connections()).toBe(0);
    expect(fixture.requests).toHaveLength(4);
  });

  it("reports an error status, a type it cannot read, and a compressed body it did not ask for", async () => {
    const fixture = await serve((request, response) => {
      if (request.url === "/missing") response.writeHead(404, { "Content-Type": "text/html" });
      if (request.url === "/pdf") response.writeHead(200, { "Content-Type": "application/pdf" });
      if (request.url === "/untyped") response.writeHead(200);
      if (request.url === "/gzip") response.writeHead(200, { "Content-Type": "text/html", "Content-Encoding": "gzip" });
      response.end("<p>x</p>");
    });
    const codes = [];
    for (const path of ["/missing", "/pdf", "/untyped", "/gzip"]) {
      codes.push((await importError(fixture.origin + path, ONLY_THE_FIXTURE)).code);
    }
    expect(codes).toEqual(["importHttpError", "importWrongType", "importWrongType", "importUnreadable"]);
  });

  it("stops downloading a page as soon as it passes 2 MB, whatever Content-Length says", async () => {
    const total = 3 * 1024 * 1024;
    const sent = { bytes: 0, closed: false };
    const fixture = await serve((_request, response) => {
      response.on("close", () => (sent.closed = true));
      response.writeHead(200, { "Content-Type": "text/html" });
      const chunk = Buffer.alloc(64 * 1024, "a");
      const pump = () => {
        if (sent.closed || sent.bytes >= total) return response.end();
        response.write(chunk);
        sent.bytes += chunk.length;
        setTimeout(pump, 2);
      };
      pump();
    });
    expect((await importError(fixture.origin, ONLY_THE_FIXTURE)).code).toBe("importTooLarge");
    await vi.waitFor(() => expect(sent.closed).toBe(true));
    expect(sent.bytes).toBeLessThan(total);
  });

  it("refuses a declared size over 2 MB without reading the body", async () => {
    const fixture = await serve((_request, response) => {
      response.writeHead(200, { "Content-Type": "text/html", "Content-Length": 3 * 1024 * 1024 });
      response.write("<p>");
    });
    expect((await importError(fixture.origin, ONLY_THE_FIXTURE)).code).toBe("importTooLarge");
  });

  it("gives up at the time limit on a server that never answers, or answers too slowly", async () => {
    const timers: NodeJS.Timeout[] = [];
    const fixture = await serve((request, response) => {
      if (request.url === "/silent") return;
      response.writeHead(200, { "Content-Type": "text/html" });
      timers.push(setInterval(() => response.write("<p>字</p>"), 20));
    });
    try {
      for (const path of ["/silent", "/trickle"]) {
        const started = performance.now();
        expect((await importError(fixture.origin + path, { ...ONLY_THE_FIXTURE, timeoutMs: 300 })).code).toBe(
          "importUnreachable",
        );
        expect(performance.now() - started).toBeGreaterThanOrEqual(290);
        expect(performance.now() - started).toBeLessThan(1500);
      }
    } finally {
      timers.forEach(clearInterval);
    }
  });

  it("reports a closed port as unreachable", async () => {
    const fixture = await serve(page("<p>x</p>"));
    await new Promise((resolve) => servers.pop()!.close(resolve));
    expect((await importError(fixture.origin, ONLY_THE_FIXTURE)).code).toBe("importUnreachable");
  });
});
