import { createHash } from "node:crypto";
import { z } from "zod";
import { type BankItem, selectedItems } from "./item-bank";

/**
 * Which of a reading's items one assignment's quiz asks, and in what order: all of them, the ones its teacher
 * chose, or k drawn at random for each student (the same k for that student on every attempt and device,
 * different ones for a neighbour); in the bank's order or in the order of the paragraphs they cite. Fixed for
 * each attempt when it starts (QuizAttempt.itemKeys), so a later change of selection never changes an
 * attempt under way or graded.
 */
export { ITEM_SELECTIONS, type ItemSelection } from "./selection-modes";

export type QuizSelection = {
  itemSelection: string;
  chosenKeys: string;
  randomCount: number;
  orderByParagraph: boolean;
};

const keysSchema = z.array(z.string()).catch([]);
export const parseChosenKeys = (json: string): string[] => keysSchema.parse(safeJson(json));

function safeJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return [];
  }
}

/**
 * The keys a new attempt asks, in its order, as stored in QuizAttempt.itemKeys: "" when it is simply every
 * item in bank order (as every attempt was before selections existed). `positions`: each paragraph id's
 * number in the reading. `seed` keeps a student's random draw the same across attempts (the quiz's id).
 */
export function attemptKeys(
  items: readonly BankItem[],
  quiz: QuizSelection,
  studentId: string,
  seed: string,
  positions: ReadonlyMap<string, number>,
): string {
  let chosen = [...items];
  if (quiz.itemSelection === "chosen") {
    const keys = new Set(parseChosenKeys(quiz.chosenKeys));
    chosen = items.filter((i) => keys.has(i.key));
  } else if (quiz.itemSelection === "random" && quiz.randomCount > 0 && quiz.randomCount < items.length) {
    // Each key's rank for this student depends on that key alone, not on the bank's order or size: adding,
    // moving or correcting other items leaves a student's draw as it was (by key, so a correction too).
    const rank = (key: string) => createHash("sha256").update(`${studentId}\0${seed}\0${key}`).digest().readUInt32LE(0);
    const keys = items.map((i) => i.key).sort((x, y) => rank(x) - rank(y));
    const drawn = new Set(keys.slice(0, quiz.randomCount));
    chosen = items.filter((i) => drawn.has(i.key));
  }
  if (quiz.orderByParagraph) chosen = byParagraph(chosen, positions);
  const all = chosen.length === items.length && chosen.every((item, i) => item === items[i]);
  return all ? "" : JSON.stringify(chosen.map((i) => i.key));
}

/** The items a new attempt of this student would ask (the order does not matter here). */
export function newAttemptItems(
  items: readonly BankItem[],
  quiz: QuizSelection,
  studentId: string,
  seed: string,
): BankItem[] {
  return selectedItems(
    [...items],
    attemptKeys(items, { ...quiz, orderByParagraph: false }, studentId, seed, new Map()),
  );
}

/** How many items a new attempt of this student would ask. */
export function attemptSize(items: readonly BankItem[], quiz: QuizSelection, studentId: string, seed: string): number {
  return newAttemptItems(items, quiz, studentId, seed).length;
}

/** Items in the order of the first paragraph each cites; items citing none keep their place at the end. */
function byParagraph(items: BankItem[], positions: ReadonlyMap<string, number>): BankItem[] {
  const first = (item: BankItem) =>
    Math.min(Infinity, ...item.item.paragraphs.map((id) => positions.get(id) ?? Infinity));
  return items
    .map((item, i) => ({ item, i, at: first(item) }))
    .sort((a, b) => a.at - b.at || a.i - b.i)
    .map((x) => x.item);
}
