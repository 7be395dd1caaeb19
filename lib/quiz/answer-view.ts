import { answerValueSchema, type Classification, type QuizItem } from "./items";

/**
 * A student's answer as the teacher's pages show it, without the words: the page (or the CSV) puts it
 * into the reader's language from the catalogs. Option texts come from the item itself, in both languages.
 */
export type AnswerView =
  | { kind: "none" }
  | { kind: "options"; options: { key: string; zhHant: string; en: string }[] }
  | { kind: "boolean"; value: boolean }
  | { kind: "paragraph"; position: number | null }
  | ({ kind: "classify" } & Classification)
  | { kind: "text"; text: string };

/** `paragraphPositions` maps the reading's paragraph ids to their 1-based numbers (¶n). */
export function viewAnswer(
  item: QuizItem,
  value: unknown,
  paragraphPositions: ReadonlyMap<string, number>,
): AnswerView {
  if (value === undefined || value === null) return { kind: "none" };
  switch (item.type) {
    case "single":
    case "multiple": {
      const chosen = new Set(Array.isArray(value) ? value : [value]);
      // In the item's own order, so the same set of choices always reads (and groups) the same way.
      const options = item.options
        .filter((o) => chosen.has(o.key))
        .map((o) => ({ key: o.key, zhHant: o.zhHant, en: o.en }));
      return { kind: "options", options };
    }
    case "true_false":
      return typeof value === "boolean" ? { kind: "boolean", value } : { kind: "none" };
    case "paragraph":
      return {
        kind: "paragraph",
        position: typeof value === "string" ? (paragraphPositions.get(value) ?? null) : null,
      };
    case "classify": {
      // Checked when it was saved; one that no longer fits the item's shape reads as no answer.
      const parsed = answerValueSchema.classify.safeParse(value);
      return parsed.success ? { kind: "classify", ...parsed.data } : { kind: "none" };
    }
    case "short":
      return { kind: "text", text: typeof value === "string" ? value : "" };
  }
}

/**
 * An item's answer key as answers read: each paragraph that counts, or the one right answer; none for a short
 * answer (the teacher marks it). For the teacher's pages only: a key never goes to a student before grading.
 */
export function keyViews(item: QuizItem, paragraphPositions: ReadonlyMap<string, number>): AnswerView[] {
  if (item.type === "short") return [];
  if (item.type === "paragraph") return item.answer.map((id) => viewAnswer(item, id, paragraphPositions));
  return [viewAnswer(item, item.answer, paragraphPositions)];
}

/** Two answers that read the same share a key: used to count the most chosen wrong answer. */
export function answerViewKey(view: AnswerView): string {
  return view.kind === "options" ? `options:${view.options.map((o) => o.key).join("+")}` : JSON.stringify(view);
}
