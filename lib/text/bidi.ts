/**
 * Bidirectional formatting characters (UAX #9): embeddings and overrides (LRE, RLE, PDF, LRO, RLO), isolates
 * (LRI, RLI, FSI, PDI) and the invisible marks (LRM, RLM, ALM). An override can make "photo‮gnp.exe" read
 * "photoexe.png", or run on into the text after a name. See docs/decisions/0043.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const OPENS_EMBEDDING = /[\u202A\u202B\u202D\u202E]/;
const OPENS_ISOLATE = /[\u2066-\u2068]/;
const PDF = "\u202C";
const PDI = "\u2069";

/** For names, titles and addresses, which are never right-to-left on purpose here: every control removed. */
export function withoutBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, "");
}

/**
 * For running text, where a right-to-left passage may be meant: each line's embeddings, overrides and isolates
 * are closed at the line's end, and a closer with nothing to close is dropped, so nothing spills into the
 * next line or into whatever the page shows after the text. Balanced text comes back unchanged.
 */
export function closeBidiControls(text: string): string {
  if (!/[\u202A-\u202E\u2066-\u2069]/.test(text)) return text;
  return text
    .split(/(\r\n|[\r\n\u2028\u2029])/)
    .map((part, index) => (index % 2 === 1 ? part : closeLine(part)))
    .join("");
}

function closeLine(line: string): string {
  const open: ("embedding" | "isolate")[] = [];
  let out = "";
  for (const char of line) {
    if (OPENS_EMBEDDING.test(char)) open.push("embedding");
    else if (OPENS_ISOLATE.test(char)) open.push("isolate");
    else if (char === PDF) {
      if (open.at(-1) !== "embedding") continue; // a PDF cannot close past an isolate, nor close nothing
      open.pop();
    } else if (char === PDI) {
      const isolate = open.lastIndexOf("isolate");
      if (isolate < 0) continue;
      open.length = isolate; // a PDI also ends the embeddings opened inside its isolate
    }
    out += char;
  }
  return (
    out +
    open
      .reverse()
      .map((kind) => (kind === "embedding" ? PDF : PDI))
      .join("")
  );
}
