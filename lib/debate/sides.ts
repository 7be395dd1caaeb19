/**
 * The positions a board argues between. A reading names them (the first lesson's are 退卻 and 陷阱) and a
 * teacher may rename them per assignment (lib/debate/wording.ts); the code only knows their places: the
 * motion's first answer, its second, and "other" (another explanation), offered only when the teacher
 * enables it. Stored as strings, so a board works the same on SQLite and PostgreSQL.
 */
export const SIDES = ["first", "second", "other"] as const;
export type Side = (typeof SIDES)[number];

export function isSide(value: unknown): value is Side {
  return (SIDES as readonly unknown[]).includes(value);
}

export function activeSides(thirdSideEnabled: boolean): readonly Side[] {
  return thirdSideEnabled ? SIDES : SIDES.slice(0, 2);
}

/**
 * Sides for every participant: whoever has one keeps it (even a side no longer in `sides`; the teacher
 * moves people, this never does), and the others, one by one, join the side with the fewest members.
 *
 * Both orders come from the seed (use the board id), not from the input: which students are handled first,
 * and which side wins a tie. So the same board and roster always give the same result, whatever order the
 * database returned the rows in, while different boards do not all start with "first". Starting from
 * nobody assigned, side sizes end up within one of each other.
 */
export function assignBalancedSides<Id extends string>(
  participants: readonly { userId: Id; side: Side | null }[],
  sides: readonly Side[],
  seed: string,
): Map<Id, Side> {
  if (sides.length === 0) throw new Error("assignBalancedSides needs at least one side");
  const result = new Map<Id, Side>();
  const counts = new Map<Side, number>(sides.map((s) => [s, 0]));
  for (const p of participants) {
    if (p.side === null) continue;
    result.set(p.userId, p.side);
    if (counts.has(p.side)) counts.set(p.side, counts.get(p.side)! + 1);
  }
  const tieOrder = seededOrder(sides, seed, (s) => s);
  const unassigned = seededOrder(
    [...new Set(participants.filter((p) => p.side === null && !result.has(p.userId)).map((p) => p.userId))],
    seed,
    (id) => id,
  );
  for (const userId of unassigned) {
    // The first side in tie order among those with the fewest members.
    const side = tieOrder.reduce((best, s) => (counts.get(s)! < counts.get(best)! ? s : best));
    result.set(userId, side);
    counts.set(side, counts.get(side)! + 1);
  }
  return result;
}

/**
 * The side a steelman argument is written for: first ↔ second. "Other" has no single opposite (it stands
 * against both), so it returns null; the steelman gate in phases.ts is stated per side rebutted, which
 * covers "other" students (and rebuttals of "other" arguments) without needing one.
 */
export function oppositeSide(side: Side, sides: readonly Side[]): Side | null {
  const opposite = side === "first" ? "second" : side === "second" ? "first" : null;
  return opposite !== null && sides.includes(opposite) ? opposite : null;
}

/** Sorted by a hash of (seed, key): a permutation that depends only on the seed and the keys themselves. */
export function seededOrder<T>(items: readonly T[], seed: string, key: (item: T) => string): T[] {
  const ranked = items.map((item) => ({ item, k: key(item), h: fnv1a(`${seed}\0${key(item)}`) }));
  ranked.sort((a, b) => a.h - b.h || (a.k < b.k ? -1 : a.k > b.k ? 1 : 0));
  return ranked.map((r) => r.item);
}

// FNV-1a, 32 bits: not cryptographic, only a stable spread. Plain JS (no node:crypto) so that client
// components importing SIDES do not pull a Node module into the browser bundle.
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A side as stored (a free string, or none) read as a Side; anything else is null. */
export const sideOf = (value: string | null | undefined): Side | null =>
  value != null && isSide(value) ? value : null;
