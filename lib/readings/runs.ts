/**
 * A paragraph as shown, in runs of the original: `length` UTF-16 units of the original text shown as `shown`.
 * A plain run maps unit for unit (its shown text has the same length). An atomic run is one Simplified phrase
 * (記憶體 → 内存, 晶片 → 芯片) that stands for the original words as a whole: an offset never falls inside it;
 * a range that starts inside it starts at its start, one that ends inside it ends at its end. Anchors stay
 * on the original text (docs/decisions/0007, 0028). Pure, so the reader uses it in the browser too.
 */
export type Run = { shown: string; length: number; atomic?: true };

export type Side = "start" | "end";

/** The runs of a text shown as it is (繁): one plain run. */
export function plainRuns(text: string): Run[] {
  return text ? [{ shown: text, length: text.length }] : [];
}

export function shownText(runs: readonly Run[]): string {
  return runs.map((r) => r.shown).join("");
}

/** An offset in the original text as an offset in the shown text; inside an atomic run, its `side` edge. */
export function toShown(runs: readonly Run[], offset: number, side: Side): number {
  return convert(runs, offset, side, "length", "shown");
}

/** An offset in the shown text as an offset in the original; inside an atomic run, its `side` edge. */
export function toOriginal(runs: readonly Run[], offset: number, side: Side): number {
  return convert(runs, offset, side, "shown", "length");
}

/**
 * The text shown for the original range [start, end): what the student saw there, atomic runs the range
 * touches whole. The reader, the board and the server's check all use this, so they agree to the character.
 */
export function shownSlice(runs: readonly Run[], start: number, end: number): string {
  return shownText(runs).slice(toShown(runs, start, "start"), toShown(runs, end, "end"));
}

function convert(runs: readonly Run[], offset: number, side: Side, from: "length" | "shown", to: "length" | "shown") {
  const size = (r: Run, unit: "length" | "shown") => (unit === "length" ? r.length : r.shown.length);
  let seenFrom = 0;
  let seenTo = 0;
  for (const run of runs) {
    const here = size(run, from);
    if (offset < seenFrom + here) {
      const into = offset - seenFrom;
      if (!run.atomic) return seenTo + into;
      return into <= 0 || side === "start" ? seenTo : seenTo + size(run, to);
    }
    seenFrom += here;
    seenTo += size(run, to);
  }
  return seenTo + Math.max(0, offset - seenFrom);
}
