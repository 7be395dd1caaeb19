import type { QuizItem } from "./items";
import { shuffleFor } from "./shuffle";

/**
 * What a student's browser may see of an item before grading: the prompt and the options (in this
 * student's order). Built field by field, never by deleting from the full item, so a new secret field
 * cannot leak by default. The cited paragraphs stay out too: for a "find the evidence" item they are the
 * answer, and for a multiple choice they would hint at which options are right.
 */
export type StudentItem = {
  id: string;
  type: QuizItem["type"];
  prompt: { zhHant: string; en: string };
  points: number;
  options?: { key: string; zhHant: string; en: string }[];
};

export function toStudentItem(id: string, item: QuizItem, studentId: string): StudentItem {
  const view: StudentItem = {
    id,
    type: item.type,
    prompt: { zhHant: item.prompt.zhHant, en: item.prompt.en },
    points: item.points,
  };
  if (item.type === "single" || item.type === "multiple") {
    view.options = shuffleFor(item.options, studentId, id).map((o) => ({ key: o.key, zhHant: o.zhHant, en: o.en }));
  }
  return view;
}
