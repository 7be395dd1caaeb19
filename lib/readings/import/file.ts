import { analyse } from "chardet";
import { JSDOM } from "jsdom";
import JSZip from "jszip";
import mammoth from "mammoth";
import { READING_MAX_CHARS, splitParagraphs } from "../split";
import { readMarkdown } from "./markdown";
import { ImportError, type ImportedParagraph, type ImportedReading } from "./types";

export const IMPORT_FILE_MAX_BYTES = 2 * 1024 * 1024;

/**
 * A .docx is a ZIP, and 2 MB of deflated XML can unpack to 2 GB. Everything in it together may unpack to
 * this much: the longest reading, with a new run of formatting every 4 characters, is 11 MB (decision 0033).
 */
export const DOCX_UNPACKED_MAX_BYTES = 16 * 1024 * 1024;

type FileKind = "txt" | "md" | "docx";
// A Map, not an object literal: a file named "x.constructor" must not find Object's own properties.
const KIND_BY_EXTENSION = new Map<string, FileKind>([
  ["txt", "txt"],
  ["md", "md"],
  ["markdown", "md"],
  ["docx", "docx"],
]);

/**
 * An uploaded .txt, .md or .docx as plain paragraphs for the reading form (decision 0033). Runs on the
 * server on bytes a teacher chose, so it trusts nothing in them: the type is checked against the content,
 * sizes are bounded before anything is unpacked, and only text comes out.
 */
export async function importFile(name: string, bytes: Uint8Array): Promise<ImportedReading> {
  const source = baseName(name);
  const kind = KIND_BY_EXTENSION.get(extension(source));
  if (!kind) throw new ImportError("importWrongType", `not .txt, .md or .docx: ${source}`);
  if (bytes.byteLength > IMPORT_FILE_MAX_BYTES) throw new ImportError("importTooLarge", `${bytes.byteLength} bytes`);
  if (bytes.byteLength === 0) throw new ImportError("importEmpty");

  const reading = kind === "docx" ? await readDocx(bytes) : readText(kind, decodeText(bytes));
  return checkedReading({ ...reading, source });
}

function checkedReading(reading: ImportedReading): ImportedReading {
  if (reading.paragraphs.length === 0) throw new ImportError("importEmpty");
  // Counted as the form will hold it, one paragraph a line, so an import never passes here and fails there.
  const chars = reading.paragraphs.reduce((sum, p) => sum + p.text.length, reading.paragraphs.length - 1);
  if (chars > READING_MAX_CHARS) throw new ImportError("importTooLarge", `${chars} characters`);
  return reading;
}

/** The name without the folders some browsers send with it (either slash: Windows paths too). */
function baseName(name: string): string {
  return name.split(/[/\\]/).at(-1) ?? name;
}

function extension(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot > 0 ? fileName.slice(dot + 1).toLowerCase() : "";
}

function readText(kind: "txt" | "md", text: string): Omit<ImportedReading, "source"> {
  if (kind === "md") return readMarkdown(text);
  // The same split as pasted text, so an uploaded .txt and the same text pasted make the same reading.
  const paragraphs = splitParagraphs(text).map((line) => ({ text: line, heading: false }));
  return { title: null, author: null, publishedOn: null, paragraphs };
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

// ---- Text files ----

/**
 * After UTF-8: teachers in Taiwan still have Big5 files, and GB18030 (a superset of GBK) covers files from
 * mainland China. Most GBK text is also valid Big5 (as nonsense), so when both decoders accept the bytes,
 * chardet's character statistics choose; when they cannot tell (a few characters), Big5, the likelier here.
 * The teacher sees the preview before saving either way.
 */
const STATISTICS_SAMPLE_BYTES = 64 * 1024;

/** The file's text with line breaks as "\n"; refuses binary files and encodings none of ours reads. */
function decodeText(bytes: Uint8Array): string {
  const text = decodeWithBom(bytes) ?? decodeWithoutBom(bytes);
  if (looksBinary(text)) throw new ImportError("importWrongType", "binary content");
  return text.replace(/\r\n?/g, "\n");
}

const BYTE_ORDER_MARKS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], "utf-8"],
  [[0xff, 0xfe], "utf-16le"],
  [[0xfe, 0xff], "utf-16be"],
];

function decodeWithBom(bytes: Uint8Array): string | null {
  const encoding = BYTE_ORDER_MARKS.find(([mark]) => startsWith(bytes, mark))?.[1];
  if (!encoding) return null;
  // The decoder drops the byte-order mark itself.
  const decoded = tryDecode(encoding, bytes);
  if (decoded === null) throw new ImportError("importUnreadable", `invalid ${encoding}`);
  return decoded;
}

function decodeWithoutBom(bytes: Uint8Array): string {
  // Without a byte-order mark a NUL byte means binary: no 8-bit text encoding we read uses it.
  if (bytes.includes(0)) throw new ImportError("importWrongType", "NUL bytes");
  const utf8 = tryDecode("utf-8", bytes);
  if (utf8 !== null) return utf8;
  const big5 = tryDecode("big5", bytes);
  // Node's (ICU's) Big5 decoder is lenient even when fatal: a byte Big5 does not define, such as GBK's
  // 0x80 for "€", comes out as a C1 control character instead of an error (checked on Node 20.20, ICU 78).
  const validBig5 = big5 !== null && !C1_CONTROL.test(big5) ? big5 : null;
  const gb18030 = tryDecode("gb18030", bytes);
  if (validBig5 !== null && gb18030 !== null) return likelierGb18030(bytes) ? gb18030 : validBig5;
  const decoded = validBig5 ?? gb18030;
  if (decoded === null) throw new ImportError("importUnreadable", "not UTF-8, Big5 or GB18030");
  return decoded;
}

/** Whether chardet finds the bytes more like GB18030 than Big5 (a tie keeps Big5). */
function likelierGb18030(bytes: Uint8Array): boolean {
  const results = analyse(bytes.subarray(0, STATISTICS_SAMPLE_BYTES));
  const confidence = (name: string) => results.find((r) => r.name === name)?.confidence ?? 0;
  return confidence("GB18030") > confidence("Big5");
}

const C1_CONTROL = /[\u0080-\u009f]/;

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, line feed, form feed and carriage return; text has next to none.
const CONTROL = /[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g;

/** A renamed binary: NULs (possible in UTF-16 text only as characters) or more than 1 control character in 10. */
function looksBinary(text: string): boolean {
  if (text.includes("\u0000")) return true;
  return (text.match(CONTROL)?.length ?? 0) * 10 > text.length;
}

// ---- Word documents ----

const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04]; // "PK\x03\x04"

async function readDocx(bytes: Uint8Array): Promise<Omit<ImportedReading, "source">> {
  if (!startsWith(bytes, ZIP_SIGNATURE)) throw new ImportError("importWrongType", "not a ZIP");
  const zip = await openZip(bytes);
  await checkUnpackedSize(zip);
  const paragraphs = await readDocxParagraphs(bytes);
  const title = (await readCoreTitle(zip)) ?? paragraphs.find((p) => p.heading)?.text ?? null;
  // The core properties' creator and dates describe the file (who saved it, when), not the text: unused.
  return { title, author: null, publishedOn: null, paragraphs };
}

async function openZip(bytes: Uint8Array): Promise<JSZip> {
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new ImportError("importUnreadable", `damaged ZIP: ${String(error)}`);
  }
}

/** Unpacks every entry once, counting, and stops at the limit, before mammoth unpacks anything. */
async function checkUnpackedSize(zip: JSZip): Promise<void> {
  let total = 0;
  for (const entry of Object.values(zip.files)) {
    if (entry.dir) continue;
    try {
      total += await unpackedSize(entry, DOCX_UNPACKED_MAX_BYTES - total);
    } catch (error) {
      throw new ImportError("importUnreadable", `damaged ZIP entry ${entry.name}: ${String(error)}`);
    }
    if (total > DOCX_UNPACKED_MAX_BYTES) throw new ImportError("importTooLarge", "unpacks to too much");
  }
}

/** The entry's unpacked size, or a number over `limit` as soon as it passes it (the rest stays packed). */
function unpackedSize(entry: JSZip.JSZipObject, limit: number): Promise<number> {
  return new Promise((resolve, reject) => {
    let size = 0;
    const stream = entry.nodeStream();
    stream.on("data", (chunk: Uint8Array) => {
      size += chunk.byteLength;
      if (size <= limit) return;
      // A paused stream stops inflating once its small buffer is full; nothing else holds on to it.
      stream.pause();
      resolve(size);
    });
    stream.on("end", () => resolve(size));
    stream.on("error", reject);
  });
}

/**
 * The document properties' title (File › Properties in Word), when someone filled it in. Only a hint for
 * the form: properties that cannot be read leave it to the first heading rather than refuse the file.
 */
async function readCoreTitle(zip: JSZip): Promise<string | null> {
  try {
    const xml = await zip.file("docProps/core.xml")?.async("string");
    if (!xml) return null;
    const { document } = new JSDOM(xml, { contentType: "application/xml" }).window;
    const title = document.getElementsByTagNameNS("http://purl.org/dc/elements/1.1/", "title")[0]?.textContent;
    return title?.trim() || null;
  } catch {
    return null;
  }
}

/** The part of mammoth's document tree we read; the rest (images, notes, comments, link targets) is ignored. */
type DocxNode = {
  type: string;
  children?: DocxNode[];
  value?: string;
  styleName?: string | null;
};

async function readDocxParagraphs(bytes: Uint8Array): Promise<ImportedParagraph[]> {
  const captured: { body?: DocxNode } = {};
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // The tree is all we want: keep it, and hand mammoth an empty document so that no HTML is made and
        // no image is read. (externalFileAccess stays at its default, off.)
        transformDocument: (document: DocxNode) => {
          captured.body = document;
          return { ...document, children: [] };
        },
      },
    );
  } catch (error) {
    throw new ImportError("importUnreadable", `not a Word document: ${String(error)}`);
  }
  if (!captured.body) throw new ImportError("importUnreadable", "no document body");
  return collectParagraphs(captured.body);
}

/** Paragraphs in document order, table cells included (each cell's paragraphs in reading order). */
function collectParagraphs(node: DocxNode, out: ImportedParagraph[] = []): ImportedParagraph[] {
  if (node.type === "paragraph") {
    const heading = isHeadingStyle(node.styleName);
    const nested: ImportedParagraph[] = [];
    for (const line of paragraphLines(node, nested)) {
      const text = line.trimEnd();
      if (text.trim() !== "") out.push({ text, heading });
    }
    out.push(...nested);
  } else {
    for (const child of node.children ?? []) collectParagraphs(child, out);
  }
  return out;
}

/**
 * A paragraph's text, split at its line breaks (Shift+Enter): a break the author typed marks a line, as in
 * a poem or an address, and joining with a space would put spaces into Chinese text. Paragraphs nested in
 * it (text boxes) go to `nested`, to follow it.
 */
function paragraphLines(paragraph: DocxNode, nested: ImportedParagraph[]): string[] {
  const lines = [""];
  const visit = (node: DocxNode) => {
    if (node.type === "text") lines[lines.length - 1] += node.value ?? "";
    else if (node.type === "tab") lines[lines.length - 1] += "\t";
    else if (node.type === "break") lines.push("");
    else if (node.type === "paragraph") collectParagraphs(node, nested);
    else for (const child of node.children ?? []) visit(child);
  };
  for (const child of paragraph.children ?? []) visit(child);
  return lines;
}

/**
 * Word stores built-in style names in English whatever the interface language ("heading 1", "Title"), while
 * style ids are translated (a Chinese Word's Heading 1 has id "1"), so the name is what we match.
 */
function isHeadingStyle(styleName: string | null | undefined): boolean {
  return !!styleName && /^(heading [1-6]|title)$/i.test(styleName.trim());
}
