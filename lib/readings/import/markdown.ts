import { JSDOM } from "jsdom";
import { Marked, type MarkedToken, type Token } from "marked";
import { READING_MAX_CHARS } from "../split";
import { ImportError, type ImportedParagraph, type ImportedReading } from "./types";

/**
 * A Markdown file as plain paragraphs, read from marked's tokens (decision 0033): only the text a reader of
 * the rendered page would see. Link targets, images and raw HTML are dropped, never rendered or parsed as
 * HTML, so nothing in the file can reach the reading as markup.
 */
export function readMarkdown(markdown: string): Omit<ImportedReading, "source"> {
  const { fields, body } = splitFrontMatter(markdown.replace(/\r\n?/g, "\n"));
  const paragraphs: ImportedParagraph[] = [];
  collectBlocks(lexMarkdown(body), paragraphs);
  return {
    title: fields.title ?? paragraphs.find((p) => p.heading)?.text ?? null,
    author: fields.author ?? null,
    publishedOn: fields.date ? isoDate(fields.date) : null,
    paragraphs,
  };
}

/**
 * Markdown longer than this cannot be a reading (its text would be over READING_MAX_CHARS unless most of it
 * were link targets), and it bounds the parser: marked takes seconds on deeply nested lists or quotes, all
 * that time blocking the server (decision 0033).
 */
export const MARKDOWN_MAX_CHARS = 2 * READING_MAX_CHARS;

// Our own instance: options another module sets on the shared `marked` cannot change what we import.
const markdownLexer = new Marked({ gfm: true, breaks: false });

function lexMarkdown(body: string): Token[] {
  if (body.length > MARKDOWN_MAX_CHARS)
    throw new ImportError("importTooLarge", `${body.length} characters of Markdown`);
  try {
    return markdownLexer.lexer(body);
  } catch (error) {
    // Nesting deep enough to overflow marked's stack: no teacher wrote that.
    throw new ImportError("importUnreadable", `Markdown: ${String(error)}`);
  }
}

// Jekyll/Hugo/Pandoc style: "---" on the first line, YAML, then "---" or "...". Only flat `key: value`
// lines are read; anything fancier is ignored rather than guessed at.
const FRONT_MATTER = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function splitFrontMatter(markdown: string): { fields: Record<string, string>; body: string } {
  const match = FRONT_MATTER.exec(markdown);
  if (!match) return { fields: {}, body: markdown };
  const fields: Record<string, string> = {};
  for (const line of match[1]!.split("\n")) {
    const pair = /^(title|author|date):[ \t]*(.+?)[ \t]*$/i.exec(line);
    if (!pair) continue;
    const value = pair[2]!.replace(/^(["'])(.*)\1$/, "$2").trim();
    if (value) fields[pair[1]!.toLowerCase()] = value;
  }
  return { fields, body: markdown.slice(match[0].length) };
}

/** YYYY-MM-DD if the value starts with a real calendar date (YAML dates may carry a time). */
function isoDate(value: string): string | null {
  const day = /^\d{4}-\d{2}-\d{2}/.exec(value)?.[0];
  if (!day) return null;
  const date = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(day) ? day : null;
}

function collectBlocks(tokens: Token[], out: ImportedParagraph[]): void {
  for (const token of tokens as MarkedToken[]) {
    switch (token.type) {
      case "heading":
      case "paragraph":
        for (const text of inlineLines(token.tokens)) out.push({ text, heading: token.type === "heading" });
        break;
      case "text": // a tight list item's text
        for (const text of inlineLines(token.tokens ?? [token])) out.push({ text, heading: false });
        break;
      case "code":
        // Code keeps its lines and their indentation, as the page would show them.
        for (const line of token.text.split("\n")) pushLine(out, line.trimEnd());
        break;
      case "blockquote":
        collectBlocks(token.tokens, out);
        break;
      case "list":
        for (const item of token.items) collectBlocks(item.tokens, out);
        break;
      case "table":
        for (const cell of [...token.header, ...token.rows.flat()]) {
          for (const text of inlineLines(cell.tokens)) out.push({ text, heading: false });
        }
        break;
      // "html" blocks are dropped whole: reducing them to text would mean parsing them as HTML, and a
      // script's source is not text anyone reads. "space", "hr" and "def" (link definitions) have no text.
    }
  }
}

function pushLine(out: ImportedParagraph[], text: string): void {
  if (text.trim() !== "") out.push({ text, heading: false });
}

// Raw HTML elements whose content is not text a reader sees.
const HIDDEN_ELEMENTS = /^<(script|style|textarea|title|template|noscript)\b/i;

/**
 * A paragraph's visible text, one string per line the author ended on purpose (a hard break, as in a
 * poem, becomes a paragraph of its own); empty lines left out.
 */
function inlineLines(tokens: Token[]): string[] {
  const lines = [""];
  let hiddenUntil: RegExp | null = null;
  const visit = (tokens: Token[]) => {
    for (const token of tokens as MarkedToken[]) {
      if (hiddenUntil) {
        if (token.type === "html" && hiddenUntil.test(token.text)) hiddenUntil = null;
        continue;
      }
      switch (token.type) {
        case "text":
          if (token.tokens) visit(token.tokens);
          else lines[lines.length - 1] += decodeEntities(token.text);
          break;
        case "escape": // a backslash-escaped character: literal, not an entity
        case "codespan": // code is shown as written, entities included
          lines[lines.length - 1] += token.text;
          break;
        case "strong":
        case "em":
        case "del":
        case "link": // its text; the URL is not shown
          visit(token.tokens);
          break;
        case "br":
          lines.push("");
          break;
        case "html": {
          // Tags are dropped and the text between them kept, as a browser would show it.
          if (/^<br\s*\/?>$/i.test(token.text)) lines.push("");
          const hidden = HIDDEN_ELEMENTS.exec(token.text)?.[1];
          if (hidden && !/\/>$/.test(token.text)) hiddenUntil = new RegExp(`^</${hidden}\\s*>$`, "i");
          break;
        }
        // "image" and "checkbox" have no text a reader reads.
      }
    }
  };
  visit(tokens);
  return lines.map(joinSoftBreaks).filter((line) => line.trim() !== "");
}

// Scripts written without spaces between words: a line wrapped between two of their characters must not
// gain one. Hangul is left out on purpose: Korean puts spaces between words.
const UNSPACED = String.raw`[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]`;
const UNSPACED_BREAK = new RegExp(String.raw`(?<=${UNSPACED})[ \t]*\n[ \t]*(?=${UNSPACED})`, "gu");

/**
 * A line break inside a Markdown paragraph is only where the author's editor wrapped it, so the lines are
 * joined as a browser shows them: with a space, or with nothing between Chinese or Japanese characters
 * (CSS Text's segment-break rule), so wrapped Chinese text is not sprinkled with spaces. Leading spaces are
 * Markdown indentation, not text; a full-width indent (U+3000) is text and stays.
 */
function joinSoftBreaks(text: string): string {
  return text
    .replace(/^[ \t\n]+/, "")
    .trimEnd()
    .replace(UNSPACED_BREAK, "")
    .replace(/[ \t]*\n[ \t]*/g, " ");
}

const ENTITY = /&(?:#(\d{1,7})|#[xX]([\da-fA-F]{1,6})|([A-Za-z][A-Za-z\d]{1,31}));/g;
const namedEntities = new Map<string, string>();

/**
 * marked leaves character references in text for the HTML it would render ("AT&amp;T"); we want the
 * characters. Numbers are decoded here, names by an HTML parser (the table has 2,000 of them) fed nothing
 * but the reference itself, so no markup can be made.
 */
function decodeEntities(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (reference, decimal?: string, hex?: string) => {
    if (decimal || hex) return codePointText(Number.parseInt(decimal ?? hex!, decimal ? 10 : 16));
    let decoded = namedEntities.get(reference);
    if (decoded === undefined) {
      decoded = JSDOM.fragment(reference).textContent ?? reference;
      namedEntities.set(reference, decoded);
    }
    return decoded;
  });
}

/** As CommonMark and HTML decode them: NUL, surrogates and numbers past Unicode become U+FFFD. */
function codePointText(codePoint: number): string {
  const invalid = codePoint === 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff);
  return String.fromCodePoint(invalid ? 0xfffd : codePoint);
}
