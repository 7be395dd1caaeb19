import { type AnswerView, answerViewKey } from "./answer-view";
import type { ItemType } from "./items";

/** One counted answer: `correct` is the automatic verdict (null for short answers). */
export type CountedAnswer = { itemId: string; view: AnswerView; correct: boolean | null };

export type ItemStat = {
  itemId: string;
  /** Counted attempts that gave an answer to this item. */
  answered: number;
  /** 0–100, rounded, of all counted attempts (a blank is not correct); null for short answers (the teacher grades them) or before any attempt counts. */
  percentCorrect: number | null;
  /** The wrong answer given most often (ties: the first met), or null if none was wrong. */
  topWrongAnswer: { view: AnswerView; count: number } | null;
};

export type ScoreBucket = { from: number; to: number; count: number };

/**
 * Per-item figures over the counted attempts that have the item: `answers` holds one per such attempt and
 * item, blanks included. % correct is of all of them, so an item many students skipped does not look easy. "Correct" is the automatic verdict: a teacher's override
 * changes a student's points, not what they answered, so it does not move these figures.
 */
export function computeItemStats(items: { id: string; type: ItemType }[], answers: CountedAnswer[]): ItemStat[] {
  return items.map((item) => {
    const attempts = answers.filter((a) => a.itemId === item.id).length;
    const given = answers.filter((a) => a.itemId === item.id && a.view.kind !== "none");
    const wrong = new Map<string, { view: AnswerView; count: number }>();
    let correct = 0;
    for (const a of given) {
      if (a.correct) correct += 1;
      if (a.correct !== false) continue;
      const key = answerViewKey(a.view);
      const entry = wrong.get(key) ?? { view: a.view, count: 0 };
      entry.count += 1;
      wrong.set(key, entry);
    }
    let topWrongAnswer: ItemStat["topWrongAnswer"] = null;
    for (const entry of wrong.values())
      if (!topWrongAnswer || entry.count > topWrongAnswer.count) topWrongAnswer = entry;
    const percentCorrect = item.type === "short" || attempts === 0 ? null : Math.round((100 * correct) / attempts);
    return {
      itemId: item.id,
      answered: given.length,
      percentCorrect,
      topWrongAnswer: item.type === "short" ? null : topWrongAnswer,
    };
  });
}

/** Ten buckets by percent of the maximum: 0–9, 10–19 … 90–100 (full marks fall in the last). */
export function scoreDistribution(scores: { score: number; maxScore: number }[]): ScoreBucket[] {
  const buckets = Array.from({ length: 10 }, (_, i) => ({ from: i * 10, to: i === 9 ? 100 : i * 10 + 9, count: 0 }));
  for (const { score, maxScore } of scores) {
    if (!(maxScore > 0)) continue;
    // Rounded first, so float noise (100 × 5.6 / 8 = 69.999…) cannot drop a score into the bucket below.
    const percent = Math.round((1e6 * score) / maxScore) / 1e4;
    buckets[Math.min(9, Math.max(0, Math.floor(percent / 10)))]!.count += 1;
  }
  return buckets;
}
