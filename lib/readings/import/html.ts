import "server-only";
import { Readability } from "@mozilla/readability";
import createDOMPurify, { type WindowLike } from "dompurify";
import { JSDOM, VirtualConsole } from "jsdom";
import { READING_MAX_CHARS, splitParagraphs } from "../split";
import { ImportError, type ImportedParagraph, type ImportedReading } from "./types";

/**
 * A fetched page as a reading: its article (found by Readability) as plain paragraphs. The page is parsed
 * with scripts and subresources off (jsdom's defaults) and its body sanitized before Readability walks it;
 * only text leaves this module, so nothing of the page's markup reaches the teacher's form.
 */

/** The page's characters: a byte-order mark, then the header's charset, then a <meta> one, else UTF-8. */
export function decodePage(body: Buffer, headerCharset: string | null, isHtml: boolean): string {
  const candidates = [byteOrderMark(body), headerCharset, isHtml ? metaCharset(body) : null, "utf-8"];
  for (const label of candidates) {
    const decoder = label ? textDecoder(label) : null;
    if (decoder) return decoder.decode(body);
  }
  return new TextDecoder().decode(body);
}

function byteOrderMark(body: Buffer): string | null {
  if (body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) return "utf-8";
  if (body[0] === 0xfe && body[1] === 0xff) return "utf-16be";
  if (body[0] === 0xff && body[1] === 0xfe) return "utf-16le";
  return null;
}

/**
 * The HTML spec's prescan reads 1,024 bytes; browsers decode again when a later <meta> names another
 * charset, so a little further is read here.
 */
function metaCharset(body: Buffer): string | null {
  const head = body.subarray(0, 8192).toString("latin1");
  const label = head.match(/<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i)?.[1]?.toLowerCase() ?? null;
  // A page that could be read this far as ASCII is not UTF-16, whatever it says (the spec's rule).
  return label?.startsWith("utf-16") ? "utf-8" : label;
}

/** Names Windows and old Taiwanese pages use for Big5 that the Encoding Standard does not list. */
const CHARSET_ALIASES: Record<string, string> = { cp950: "big5", ms950: "big5", "windows-950": "big5" };

function textDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(CHARSET_ALIASES[label] ?? label);
  } catch {
    return null;
  }
}

export function htmlToReading(html: string, source: string): ImportedReading {
  const dom = new JSDOM(html, { url: source, contentType: "text/html", virtualConsole: new VirtualConsole() });
  try {
    const document = dom.window.document;
    // The head stays as it is: its <meta> and JSON-LD carry the byline and date, and none of it leaves as markup.
    createDOMPurify(dom.window as unknown as WindowLike).sanitize(document.body, { IN_PLACE: true });
    // Readability rearranges the document it reads; the original stays whole for the fallback.
    const article = new Readability(document.cloneNode(true) as Document, { serializer: (node) => node }).parse();
    const fromArticle = article?.content ? paragraphsOf(article.content) : [];
    const paragraphs = fromArticle.length > 0 ? fromArticle : paragraphsOf(document.body);
    return withinLimits({
      title: withoutSiteName(tidy(article?.title || document.title), paragraphs),
      author: tidy(article?.byline ?? "") || null,
      source,
      publishedOn: dateOnly(article?.publishedTime) ?? dateOnly(metaContent(document, "article:published_time")),
      paragraphs,
    });
  } finally {
    dom.window.close();
  }
}

/** A text/plain page: one paragraph a line, the same rule as pasted text. */
export function textToReading(text: string, source: string): ImportedReading {
  const paragraphs = splitParagraphs(text).map((line) => ({ text: line, heading: false }));
  return withinLimits({ title: null, author: null, source, publishedOn: null, paragraphs });
}

/**
 * "晶片之島 | 範例新聞" → "晶片之島" when the article's heading says so. Readability drops a site's name
 * only from titles whose words are separated by spaces, which Chinese ones are not.
 */
function withoutSiteName(title: string, paragraphs: ImportedParagraph[]): string | null {
  const heading = paragraphs.find((paragraph) => paragraph.heading)?.text;
  if (heading && title.startsWith(heading) && SITE_NAME_SEPARATOR.test(title.slice(heading.length))) return heading;
  return title || null;
}

const SITE_NAME_SEPARATOR = /^\s*[|｜\-–—:：_·»]/;

function withinLimits(reading: ImportedReading): ImportedReading {
  if (reading.paragraphs.length === 0) throw new ImportError("importEmpty");
  const characters = reading.paragraphs.reduce((sum, paragraph) => sum + paragraph.text.length, 0);
  if (characters > READING_MAX_CHARS) throw new ImportError("importTooLarge", `${characters} characters`);
  return reading;
}

const HEADINGS = new Set(["h1", "h2", "h3", "h4", "h5", "h6"]);
const BLOCKS = new Set([
  ...["address", "article", "aside", "blockquote", "caption", "dd", "details", "div", "dl", "dt", "figcaption"],
  ...["figure", "footer", "header", "hr", "li", "main", "ol", "p", "section", "summary", "table", "tbody"],
  ...["td", "tfoot", "th", "thead", "tr", "ul"],
]);
const NOT_TEXT = new Set(["script", "style", "noscript", "template", "svg", "math", "button", "select", "textarea"]);

/**
 * Each block's text as a paragraph, in document order. A <br> ends a paragraph too: the reading is one
 * paragraph a line, as if the teacher had copied the page's text and pasted it.
 */
function paragraphsOf(root: Node): ImportedParagraph[] {
  const paragraphs: ImportedParagraph[] = [];
  let pending = "";
  const emit = (text: string, heading: boolean) => {
    const tidied = tidy(text);
    if (tidied) paragraphs.push({ text: tidied, heading });
  };
  const flush = () => {
    emit(pending, false);
    pending = "";
  };
  const visit = (node: Node): void => {
    if (node.nodeType === node.TEXT_NODE) pending += node.nodeValue ?? "";
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const tag = (node as Element).localName;
    if (NOT_TEXT.has(tag)) return;
    const breaksParagraph = tag === "br" || tag === "pre" || HEADINGS.has(tag) || BLOCKS.has(tag);
    if (breaksParagraph) flush();
    if (HEADINGS.has(tag)) emit(node.textContent ?? "", true);
    else if (tag === "pre") for (const line of (node.textContent ?? "").split(/\r\n?|\n/)) emit(line, false);
    else node.childNodes.forEach(visit);
    if (breaksParagraph) flush();
  };
  visit(root);
  flush();
  return paragraphs;
}

const WIDE = String.raw`[\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}\p{sc=Bopomofo}\u3000-\u303f\uff00-\uffef]`;
const LINE_BREAK_BETWEEN_WIDE = new RegExp(
  String.raw`(?<=${WIDE})[ \t\f\u00a0]*[\r\n][ \t\n\f\r\u00a0]*(?=${WIDE})`,
  "gu",
);

/**
 * Whitespace as a browser shows it: runs become one space, except that a line break in the source between
 * two Chinese or Japanese characters is no space at all (CSS Text's rule; Chinese has no spaces between words).
 */
function tidy(text: string): string {
  return text
    .replace(LINE_BREAK_BETWEEN_WIDE, "")
    .replace(/[ \t\n\f\r\u00a0]+/g, " ")
    .replace(/^[ \u3000]+|[ \u3000]+$/g, "");
}

/** YYYY-MM-DD when the value starts with a real calendar date (as written, not moved to UTC). */
function dateOnly(value: string | null | undefined): string | null {
  const match = value?.trim().match(/^(\d{4})-(\d{2})-(\d{2})/);
  if (!match) return null;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const parsed = new Date(Date.UTC(year, month - 1, day));
  return parsed.getUTCMonth() === month - 1 && parsed.getUTCDate() === day ? match[0] : null;
}

function metaContent(document: Document, property: string): string | null {
  return (
    document.querySelector(`meta[property="${property}"], meta[name="${property}"]`)?.getAttribute("content") ?? null
  );
}
