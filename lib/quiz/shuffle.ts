import { createHash } from "node:crypto";

/**
 * Option order per student: a permutation seeded by (student, item), so each student always sees the same
 * order (after a reload, on another device) while neighbours see different ones.
 */
export function shuffleFor<T>(items: readonly T[], studentId: string, itemId: string): T[] {
  const seed = createHash("sha256").update(`${studentId}\0${itemId}`).digest().readUInt32LE(0);
  const random = mulberry32(seed);
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

// A small, well-known 32-bit PRNG: enough to spread option orders, and fully reproducible.
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
