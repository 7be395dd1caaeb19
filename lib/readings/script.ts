import * as OpenCC from "opencc-js/t2cn";

/** "trad" shows the original; "simp" a Simplified rendering of it, for display only. */
export const SCRIPTS = ["trad", "simp"] as const;
export type Script = (typeof SCRIPTS)[number];

export function isScript(value: unknown): value is Script {
  return value === "trad" || value === "simp";
}

// Character-level Taiwan → Mainland conversion (not phrase-level): it maps one character to one, so every
// offset in the Simplified text is the same offset in the original, and highlights made on either line up.
let convert: ((text: string) => string) | undefined;

export function toSimplified(text: string): string {
  convert ??= OpenCC.Converter({ from: "tw", to: "cn" });
  const converted = convert(text);
  // Guard the one-to-one promise: if some mapping ever changed the length, show the original piece
  // rather than let offsets drift.
  return converted.length === text.length ? converted : text;
}

export function inScript(text: string, script: Script): string {
  return script === "simp" ? toSimplified(text) : text;
}
