import * as OpenCC from "opencc-js/t2cn";

/** "trad" shows the original; "simp" a Simplified rendering of it, for display only. */
export const SCRIPTS = ["trad", "simp"] as const;
export type Script = (typeof SCRIPTS)[number];

export function isScript(value: unknown): value is Script {
  return value === "trad" || value === "simp";
}

// Taiwan → Mainland conversion with OpenCC's standard dictionaries. They include same-length phrases
// (著名 stays 著名 though 著 alone becomes 着), so a character's rendering depends on its neighbours:
// always convert whole display pieces (see displayParagraph), never a quote on its own.
let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: "tw", to: "cn" });
  const converted = convert(text);
  // Offsets must mean the same in both scripts: if a conversion ever changed the length, show the
  // original piece rather than let offsets drift.
  return converted.length === text.length ? converted : text;
}

export function inScript(text: string, script: Script): string {
  return script === "simp" ? toSimplified(text) : text;
}
