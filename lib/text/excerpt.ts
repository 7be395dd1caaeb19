/**
 * The start of a text on one line (runs of white space become one space), cut after `max` characters, never
 * inside one (a character outside the BMP, an emoji, counts as one), with "…" when cut.
 */
export function excerpt(text: string, max: number): string {
  const chars = [...text.replace(/\s+/g, " ").trim()];
  return chars.length > max ? `${chars.slice(0, max).join("")}…` : chars.join("");
}
