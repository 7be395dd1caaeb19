/**
 * Text inside a GIFT file: backslash escapes, the [format] marker a text may start with, and HTML turned
 * into plain text. Follows Moodle's own reader (question/format/gift/format.php).
 */

// Moodle's escapes; \n is a line break inside a text (a real one would end nothing, but a blank line would).
const ESCAPABLE = "\\~=#{}:n";
const HIDDEN = 0xe000; // private-use code points stand in for escaped characters while the structure is read

/**
 * Escaped characters replaced by stand-ins, so that every ~ = # { } : left is syntax. One stand-in per
 * escape and no real line break removed, so offsets still count lines. (A private-use character already in
 * the file would come out as its escaped character: these code points have no use in a quiz.)
 */
export function hideEscapes(text: string): string {
  return text.replace(/\\([\\~=#{}:n])/g, (_, c: string) => String.fromCharCode(HIDDEN + ESCAPABLE.indexOf(c)));
}

/** The stand-ins back as the characters they stand for. */
export function showEscapes(text: string): string {
  return text.replace(/[\uE000-\uE007]/g, (c) => {
    const char = ESCAPABLE[c.charCodeAt(0) - HIDDEN]!;
    return char === "n" ? "\n" : char;
  });
}

/** A plain text as GIFT: syntax characters escaped, line breaks as \n (as Moodle's exporter writes them). */
export function escapeGift(text: string): string {
  return text.replace(/[\\~=#{}:]/g, "\\$&").replace(/\r?\n/g, "\\n");
}

export type GiftFormat = "moodle" | "html" | "plain" | "markdown";
const FORMATS: readonly string[] = ["moodle", "html", "plain", "markdown"];

/**
 * A text as its author meant it: an optional [format] marker stripped (the question's format is the default
 * for its answers and feedback, as in Moodle), escapes shown, HTML reduced to text, lines trimmed.
 * Only [html] is read as HTML: an unmarked or [plain] text is kept as typed (the app never renders it as HTML).
 */
export function readText(raw: string, defaultFormat: GiftFormat): { text: string; format: GiftFormat } {
  const trimmed = raw.trim();
  const marker = trimmed.match(/^\[(\w+)\]/);
  const format = marker && FORMATS.includes(marker[1]!) ? (marker[1] as GiftFormat) : defaultFormat;
  const body = marker && FORMATS.includes(marker[1]!) ? trimmed.slice(marker[0].length) : trimmed;
  const shown = showEscapes(body);
  return { text: cleanLines(format === "html" ? htmlToText(shown) : shown), format };
}

/** Lines trimmed and blank ones dropped: a GIFT text cannot hold a blank line (it would end the question). */
export function cleanLines(text: string): string {
  return text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean)
    .join("\n");
}

const ENTITIES: Record<string, string> = {
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
  hellip: "…",
  mdash: "—",
  ndash: "–",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  middot: "·",
};

/**
 * HTML as plain text: script and style dropped with their content, block ends and <br> as line breaks, every
 * other tag dropped, entities decoded. Tag-shaped text that only appears after decoding (&lt;b&gt;) is
 * dropped too, so no HTML comes out in any form. The patterns never scan past the next "<", so a file full
 * of unclosed "<" still takes linear time.
 */
export function htmlToText(html: string): string {
  const decoded = dropScripts(html)
    .replace(/\s+/g, " ")
    .replace(/<br\s*\/?>|<\/(?:p|div|li|h[1-6]|tr|blockquote)\s*>/gi, "\n")
    .replace(/<[^<>]*>/g, "")
    .replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => decodeEntity(name) ?? whole);
  return decoded.replace(/<\/?[a-z][^<>]*>/gi, "");
}

function decodeEntity(name: string): string | undefined {
  if (name[0] !== "#") return ENTITIES[name.toLowerCase()];
  const code = name[1] === "x" || name[1] === "X" ? Number.parseInt(name.slice(2), 16) : Number(name.slice(1));
  return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/** <script> and <style> elements removed whole (their content is code, not text). */
function dropScripts(html: string): string {
  const open = /<(script|style)\b/gi;
  let out = "";
  let from = 0;
  for (let m = open.exec(html); m; m = open.exec(html)) {
    out += html.slice(from, m.index);
    const close = new RegExp(`</${m[1]}[^<>]*>`, "gi");
    close.lastIndex = open.lastIndex;
    const end = close.exec(html);
    if (!end) return out;
    from = open.lastIndex = end.index + end[0].length;
  }
  return out + html.slice(from);
}
