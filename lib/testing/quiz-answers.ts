import { CLAIM_TYPES, type QuizItem } from "@/lib/quiz/items";

/** The right answer for an item, as a student would send it (a short answer is just some text). */
export function rightAnswer(item: QuizItem): unknown {
  if (item.type === "short") return "戰略退卻:美方撐不住。\n陷阱:拖住中國。";
  if (item.type === "paragraph") return item.answer[0];
  return item.answer;
}

/**
 * One fixed wrong answer per item: the first option that is not right, the opposite of true/false, the
 * first paragraph that is not accepted, and for a classification the wrong claim type with the right
 * verdict (half the points).
 */
export function wrongAnswer(item: QuizItem): unknown {
  switch (item.type) {
    case "single":
      return item.options.find((o) => o.key !== item.answer)!.key;
    case "multiple":
      return [item.options.find((o) => !item.answer.includes(o.key))!.key];
    case "true_false":
      return !item.answer;
    case "paragraph":
      return ["h20-p01", "h20-p02"].find((p) => !item.answer.includes(p))!;
    case "classify":
      return { type: CLAIM_TYPES.find((c) => c !== item.answer.type)!, verdict: item.answer.verdict };
    case "short":
      return '不知道, "也許"\n第二行';
  }
}
