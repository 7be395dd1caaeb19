import { z } from "zod";
import { idSchema as id } from "@/lib/id-schema";
import { optionKey, repeatedTexts } from "./bank-formats/shared";
import { CLAIM_TYPES, ITEM_TYPES, type ItemType, VERDICTS } from "./items";

/**
 * One item of a question bank as the teacher's item editor sends it: flat form fields, so the form posts
 * before its JavaScript has loaded and each error lands beside the field it is about. Option rows are
 * numbered 1…8 (empty rows are left out); `correct` is a single choice's row, `correctN` a multiple choice's;
 * `cite:<paragraph id>` marks a cited paragraph and `answer:<paragraph id>` a right paragraph of a
 * find-the-paragraph item. Error messages are keys of the "errors" catalog.
 */
export const ITEM_TEXT_MAX = 2000;
export const OPTION_ROWS = 8;

const text = z
  .string()
  .optional()
  .transform((v) => v?.trim() ?? "")
  .pipe(z.string().max(ITEM_TEXT_MAX, { error: "itemTextTooLong" }));

// An edited option keeps its key, so answers given to it still mean it (decision 0023).
const optionKeyField = z
  .string()
  .regex(/^[A-Za-z0-9]{1,8}$/)
  .optional()
  .catch(undefined);

const optionFields = Object.fromEntries(
  Array.from({ length: OPTION_ROWS }, (_, i) => [
    [`option${i + 1}ZhHant`, text],
    [`option${i + 1}En`, text],
    [`option${i + 1}Key`, optionKeyField],
  ]).flat(),
) as Record<`option${number}${"ZhHant" | "En"}`, typeof text> & Record<`option${number}Key`, typeof optionKeyField>;

/** The item a form describes, without its key (the bank gives or keeps that). */
export type EditedItem = { type: ItemType; [field: string]: unknown };

const itemFields = z.looseObject({
  readingId: id,
  /** The revision being edited; none for a new item. */
  itemId: id.optional(),
  type: z.enum(ITEM_TYPES, { error: "itemTypeRequired" }),
  points: z.coerce
    .number({ error: "pointsInvalid" })
    .int({ error: "pointsInvalid" })
    .min(1, { error: "pointsInvalid" })
    .max(10, { error: "pointsInvalid" }),
  promptZhHant: text,
  promptEn: text,
  explanationZhHant: text,
  explanationEn: text,
  rubricZhHant: text,
  rubricEn: text,
  ...optionFields,
  correct: z.string().optional(),
  truth: z.enum(["true", "false"]).optional(),
  claimType: z.enum(CLAIM_TYPES).optional(),
  verdict: z.enum(VERDICTS).optional(),
});

export const itemFormSchema = itemFields.transform((form, ctx) => ({
  readingId: form.readingId,
  itemId: form.itemId,
  item: toItem(form, ctx),
}));

export type ItemFormInput = z.infer<typeof itemFormSchema>;

function toItem(form: z.infer<typeof itemFields>, ctx: z.core.$RefinementCtx): EditedItem {
  const problem = (field: string, message: string): never => {
    ctx.addIssue({ code: "custom", path: [field], message });
    return z.NEVER;
  };
  const marked = (prefix: string) =>
    Object.entries(form)
      .filter(([name, value]) => name.startsWith(prefix) && value === "on")
      .map(([name]) => name.slice(prefix.length));
  if (!form.promptZhHant && !form.promptEn) return problem("promptZhHant", "textRequired");
  const base = {
    prompt: { zhHant: form.promptZhHant, en: form.promptEn },
    paragraphs: marked("cite:"),
    explanation: { zhHant: form.explanationZhHant, en: form.explanationEn },
    points: form.points,
  };
  switch (form.type) {
    case "single":
    case "multiple": {
      const rows = Array.from({ length: OPTION_ROWS }, (_, i) => ({
        row: i + 1,
        zhHant: form[`option${i + 1}ZhHant`] as string,
        en: form[`option${i + 1}En`] as string,
        key: form[`option${i + 1}Key`] as string | undefined,
      })).filter((o) => o.zhHant || o.en);
      if (rows.length < 2) return problem("options", "tooFewOptions");
      const repeated = [...repeatedTexts(rows.map((o) => o.zhHant)), ...repeatedTexts(rows.map((o) => o.en))];
      if (repeated.length) return problem(`option${rows[Math.min(...repeated)]!.row}ZhHant`, "duplicateOption");
      // Keys are letters (a, b, …, as imported items have) in the order the teacher wrote the options (students see their own order).
      const options = withKeys(rows);
      const keyOfRow = new Map(rows.map((o, i) => [String(o.row), options[i]!.key]));
      if (form.type === "single") {
        const answer = keyOfRow.get(form.correct ?? "");
        if (!answer) return problem("correct", "correctRequired");
        return { type: "single", ...base, options, answer } satisfies EditedItem;
      }
      const answer = rows.filter((o) => form[`correct${o.row}`] === "on").map((o) => keyOfRow.get(String(o.row))!);
      if (answer.length === 0) return problem("correct", "correctRequired");
      return { type: "multiple", ...base, options, answer, partialCredit: "proportional" } satisfies EditedItem;
    }
    case "true_false":
      if (!form.truth) return problem("truth", "correctRequired");
      return { type: "true_false", ...base, answer: form.truth === "true" } satisfies EditedItem;
    case "classify":
      if (!form.claimType) return problem("claimType", "correctRequired");
      if (!form.verdict) return problem("verdict", "correctRequired");
      return {
        type: "classify",
        ...base,
        answer: { type: form.claimType, verdict: form.verdict },
      } satisfies EditedItem;
    case "paragraph": {
      const answer = marked("answer:");
      if (answer.length === 0) return problem("answerParagraphs", "correctRequired");
      // A right paragraph is evidence the feedback should point at: it is cited too.
      return {
        type: "paragraph",
        ...base,
        paragraphs: [...new Set([...base.paragraphs, ...answer])],
        answer,
      } satisfies EditedItem;
    }
    case "short":
      if (!form.rubricZhHant && !form.rubricEn) return problem("rubricZhHant", "rubricRequired");
      return {
        type: "short",
        ...base,
        rubric: { zhHant: form.rubricZhHant, en: form.rubricEn },
      } satisfies EditedItem;
  }
}

/** Each option's own key when it has one (and no other option took it), else the first free letter. */
function withKeys(rows: { key?: string; zhHant: string; en: string }[]) {
  const taken = new Set<string>();
  const own = rows.map((o) => {
    if (!o.key || taken.has(o.key)) return undefined;
    taken.add(o.key);
    return o.key;
  });
  let next = 0;
  return rows.map((o, i) => {
    let key = own[i];
    while (!key) {
      const candidate = optionKey(next++);
      if (!taken.has(candidate)) key = candidate;
    }
    taken.add(key);
    return { key, zhHant: o.zhHant, en: o.en };
  });
}
