import "server-only";
import dns, { type LookupAddress } from "node:dns";
import http, { type IncomingMessage } from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { ipLiteral, isPublicAddress, isRefusedHostName } from "./address-policy";
import { ImportError } from "./types";

/**
 * GET a teacher-supplied URL without letting it reach the server's own network (server-side request
 * forgery). The address check runs inside the connection's own DNS lookup, so the address checked is the
 * address connected to: a name that resolves to a public address when first asked and to 127.0.0.1 a moment
 * later (DNS rebinding) gains nothing. Redirects are followed here, each one checked the same way.
 * See docs/decisions/0034-url-import-ssrf.md.
 */

export type ResolveHost = (hostname: string) => Promise<LookupAddress[]>;

export type SafeFetchOptions = {
  /** Media types whose body is read; any other is refused before its body is downloaded. */
  mediaTypes: readonly string[];
  accept: string;
  /**
   * Tests only: addresses let through although the policy refuses them (the fixture server on 127.0.0.1).
   * A parameter rather than a setting, so nothing outside the call can open it; production passes none.
   */
  allowAddress?: (address: string) => boolean;
  /** The whole fetch: connecting, every redirect and the body. */
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  /** Tests only: answers DNS in place of the system resolver. */
  resolveHost?: ResolveHost;
};

export type FetchedPage = { url: URL; mediaType: string; charset: string | null; body: Buffer };

export const IMPORT_TIMEOUT_MS = 10_000;
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_REDIRECTS = 5;

const USER_AGENT = "close-reading-classroom reading import";
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308]);

type Limits = Required<Omit<SafeFetchOptions, "allowAddress">> & { isAllowed: (address: string) => boolean };

export async function safeFetch(url: string, options: SafeFetchOptions): Promise<FetchedPage> {
  const limits: Limits = {
    mediaTypes: options.mediaTypes,
    accept: options.accept,
    timeoutMs: options.timeoutMs ?? IMPORT_TIMEOUT_MS,
    maxBytes: options.maxBytes ?? IMPORT_MAX_BYTES,
    maxRedirects: options.maxRedirects ?? IMPORT_MAX_REDIRECTS,
    resolveHost: options.resolveHost ?? resolveWithSystemDns,
    isAllowed: (address) => isPublicAddress(address) || options.allowAddress?.(address) === true,
  };
  const start = parseHttpUrl(url);
  return withDeadline(limits.timeoutMs, (signal) => followRedirects(start, limits, signal));
}

/**
 * Racing the deadline bounds the import even where a step (a DNS answer) does not listen to the signal;
 * aborting the signal drops whatever is still in flight (a lookup, a socket), on success as on failure.
 */
async function withDeadline<T>(timeoutMs: number, run: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const deadline = new AbortController();
  const timer = setTimeout(() => deadline.abort(), timeoutMs);
  const timedOut = new Promise<never>((_, reject) =>
    deadline.signal.addEventListener("abort", () => reject(new ImportError("importUnreachable", "timed out"))),
  );
  timedOut.catch(() => {}); // after a success nothing awaits it when the finally below aborts
  try {
    return await Promise.race([run(deadline.signal), timedOut]);
  } catch (error) {
    throw asImportError(error, deadline.signal);
  } finally {
    clearTimeout(timer);
    deadline.abort();
  }
}

/** An absolute http(s) URL without credentials, resolved against `base` for a redirect's Location. */
export function parseHttpUrl(input: string, base?: URL): URL {
  let url: URL;
  try {
    url = new URL(input.trim(), base);
  } catch {
    throw new ImportError("importUrlInvalid", "not a URL");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new ImportError("importUrlInvalid", url.protocol);
  if (url.username || url.password) throw new ImportError("importUrlInvalid", "credentials in the URL");
  if (!url.hostname) throw new ImportError("importUrlInvalid", "no host");
  return url;
}

async function followRedirects(start: URL, limits: Limits, signal: AbortSignal): Promise<FetchedPage> {
  let url = start;
  for (let redirects = 0; ; redirects++) {
    const response = await requestOnce(url, limits, signal);
    const location = redirectLocation(response);
    if (location === null) return readPage(url, response, limits);
    response.destroy();
    if (redirects === limits.maxRedirects) throw new ImportError("importTooManyRedirects");
    url = parseHttpUrl(location, url);
  }
}

function redirectLocation(response: IncomingMessage): string | null {
  if (!REDIRECT_STATUSES.has(response.statusCode ?? 0)) return null;
  return response.headers.location ?? null;
}

function requestOnce(url: URL, limits: Limits, signal: AbortSignal): Promise<IncomingMessage> {
  refuseHostBeforeConnecting(url.hostname, limits.isAllowed);
  const transport = url.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const request = transport.get(
      url,
      {
        // A fresh connection each time: a pooled socket was checked for another request.
        agent: false,
        headers: { "User-Agent": USER_AGENT, Accept: limits.accept, "Accept-Encoding": "identity" },
        lookup: guardedLookup(limits.isAllowed, limits.resolveHost),
        signal,
      },
      resolve,
    );
    request.on("error", reject);
  });
}

/** Node connects to an IP literal without calling `lookup`, so literals are checked here, before connecting. */
function refuseHostBeforeConnecting(hostname: string, isAllowed: (address: string) => boolean): void {
  const literal = ipLiteral(hostname);
  const refused = literal === null ? isRefusedHostName(hostname) : !isAllowed(literal);
  if (refused) throw new ImportError("importAddressRefused", hostname);
}

/**
 * The connection's DNS lookup: resolves the name, refuses it if any of its addresses is refused (an
 * attacker's name may mix a public address with a private one), and hands the socket only checked addresses.
 */
export function guardedLookup(isAllowed: (address: string) => boolean, resolveHost: ResolveHost): LookupFunction {
  return (hostname, options, callback) => {
    resolveHost(hostname).then(
      (addresses) => {
        const refused = addresses.find(({ address }) => !isAllowed(address));
        if (refused) return callback(new ImportError("importAddressRefused", `${hostname}: ${refused.address}`), "");
        const usable = addresses.filter(({ family }) => !options.family || family === options.family);
        const first = usable[0];
        if (!first) return callback(Object.assign(new Error(`no address for ${hostname}`), { code: "ENOTFOUND" }), "");
        if (options.all) return callback(null, usable);
        callback(null, first.address, first.family);
      },
      (error) => callback(error, ""),
    );
  };
}

function resolveWithSystemDns(hostname: string): Promise<LookupAddress[]> {
  return dns.promises.lookup(hostname, { all: true, order: "verbatim" });
}

async function readPage(url: URL, response: IncomingMessage, limits: Limits): Promise<FetchedPage> {
  try {
    const status = response.statusCode ?? 0;
    if (status < 200 || status > 299) throw new ImportError("importHttpError", `HTTP ${status}`);
    const { mediaType, charset } = parseContentType(response.headers["content-type"]);
    if (!limits.mediaTypes.includes(mediaType)) throw new ImportError("importWrongType", mediaType || "none");
    refuseCompressed(response);
    if (Number(response.headers["content-length"] ?? 0) > limits.maxBytes) throw new ImportError("importTooLarge");
    return { url, mediaType, charset, body: await readAtMost(response, limits.maxBytes) };
  } finally {
    response.destroy();
  }
}

export function parseContentType(header: string | undefined): { mediaType: string; charset: string | null } {
  const [type = "", ...parameters] = (header ?? "").split(";");
  const charset = parameters
    .map((parameter) => parameter.trim().match(/^charset\s*=\s*"?([^";\s]+)"?$/i)?.[1])
    .find(Boolean);
  return { mediaType: type.trim().toLowerCase(), charset: charset?.toLowerCase() ?? null };
}

/** "identity" was asked for; a compressed body would be counted and decoded as if it were text. */
function refuseCompressed(response: IncomingMessage): void {
  const coding = (response.headers["content-encoding"] ?? "identity").trim().toLowerCase();
  if (coding !== "identity" && coding !== "") throw new ImportError("importUnreadable", `content-encoding ${coding}`);
}

/** Counts while streaming, so a server that lies about Content-Length (or sends none) is stopped at the limit. */
async function readAtMost(response: IncomingMessage, maxBytes: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of response) {
    size += (chunk as Buffer).length;
    if (size > maxBytes) throw new ImportError("importTooLarge", `over ${maxBytes} bytes`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
}

/** Network failures (DNS, refused, reset, the deadline) become importUnreachable; anything else is a bug. */
function asImportError(error: unknown, deadline: AbortSignal): unknown {
  if (error instanceof ImportError) return error;
  if (deadline.aborted) return new ImportError("importUnreachable", "timed out");
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" ? new ImportError("importUnreachable", code) : error;
}
