import type { QuizItem } from "./items";

/** score: points earned; null when a teacher must grade it (short answers). */
export type ItemGrade = { score: number | null; max: number; correct: boolean | null };

/**
 * Grades one answer. The rules, shown to students with the results:
 * - single, true/false, paragraph pick: all or nothing (a paragraph pick is right if it is any of the
 *   accepted paragraphs);
 * - multiple choice, proportional: each correct choice ticked earns 1/k of the points and each wrong choice
 *   ticked loses 1/k (k = number of correct choices), never below 0;
 * - claim classification: half the points for the type (fact / opinion / prediction / attribution) and
 *   half for the verdict (supported / contradicted / misleading / unverifiable);
 * - short answers: graded by the teacher.
 * An unanswered item scores 0.
 */
export function gradeItem(item: QuizItem, value: unknown): ItemGrade {
  const max = item.points;
  const all = (ok: boolean): ItemGrade => ({ score: ok ? max : 0, max, correct: ok });
  if (value === undefined || value === null)
    return item.type === "short" ? { score: 0, max, correct: false } : all(false);
  switch (item.type) {
    case "single":
      return all(value === item.answer);
    case "true_false":
      return all(value === item.answer);
    case "paragraph":
      return all(typeof value === "string" && item.answer.includes(value));
    case "multiple": {
      if (!Array.isArray(value)) return all(false);
      const correct = new Set(item.answer);
      const chosen = new Set(value as string[]);
      let units = 0;
      for (const key of chosen) units += correct.has(key) ? 1 : -1;
      const score = round(Math.max(0, units / correct.size) * max);
      const exact = chosen.size === correct.size && [...chosen].every((k) => correct.has(k));
      return { score, max, correct: exact };
    }
    case "classify": {
      const v = value as { type?: unknown; verdict?: unknown };
      const typeRight = v.type === item.answer.type;
      const verdictRight = v.verdict === item.answer.verdict;
      return {
        score: round(((typeRight ? 1 : 0) + (verdictRight ? 1 : 0)) * (max / 2)),
        max,
        correct: typeRight && verdictRight,
      };
    }
    case "short":
      return { score: null, max, correct: null };
  }
}

const round = (n: number) => Math.round(n * 100) / 100;
