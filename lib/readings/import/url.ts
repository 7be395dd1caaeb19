import "server-only";
import { decodePage, htmlToReading, textToReading } from "./html";
import { type SafeFetchOptions, safeFetch } from "./safe-fetch";
import type { ImportedReading } from "./types";

/**
 * Tests only. Production calls `importUrl(url)` with nothing else: the address policy then has no exception
 * and the limits are 10 s and 2 MB (docs/decisions/0034-url-import-ssrf.md).
 */
export type ImportUrlOptions = Pick<SafeFetchOptions, "allowAddress" | "timeoutMs">;

const HTML_TYPES = ["text/html", "application/xhtml+xml"];
const PAGE_TYPES = [...HTML_TYPES, "text/plain"];
const ACCEPT = "text/html, application/xhtml+xml;q=0.9, text/plain;q=0.8";

/**
 * The article at a teacher's URL as plain paragraphs, or an ImportError saying why not (the URL, an address
 * the server must not reach, the network, the page's status, type, size or emptiness).
 */
export async function importUrl(url: string, options: ImportUrlOptions = {}): Promise<ImportedReading> {
  const page = await safeFetch(url, { ...options, mediaTypes: PAGE_TYPES, accept: ACCEPT });
  const isHtml = HTML_TYPES.includes(page.mediaType);
  const text = decodePage(page.body, page.charset, isHtml);
  // The final URL, after redirects: the page the reading actually came from.
  return isHtml ? htmlToReading(text, page.url.href) : textToReading(text, page.url.href);
}
