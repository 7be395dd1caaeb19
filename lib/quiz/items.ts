import { z } from "zod";

/**
 * Quiz items as stored (JSON columns parsed) and as seeded from prisma/seed/*-quiz.json. The answer key
 * and explanation live here and never leave the server before an attempt is graded and released.
 */
export const ITEM_TYPES = ["single", "multiple", "true_false", "classify", "paragraph", "short"] as const;
export type ItemType = (typeof ITEM_TYPES)[number];

export const CLAIM_TYPES = ["fact", "opinion", "prediction", "attribution"] as const;
export const VERDICTS = ["supported", "contradicted", "misleading", "unverifiable", "n/a"] as const;

// Each text in zh-Hant and/or English: a teacher may write an item in one language only (students reading
// the other see it as written, through `localized`). The seeded items have both, checked by item-audit.ts.
const eitherLanguage = <T extends { zhHant: string; en: string }>(v: T) => Boolean(v.zhHant.trim() || v.en.trim());
const bilingual = z
  .object({ zhHant: z.string().default(""), en: z.string().default("") })
  .refine(eitherLanguage, { error: "textRequired" });
// An explanation may be left out (an item imported from a bank file may have none): then feedback shows none.
const optionalText = z.object({ zhHant: z.string().default(""), en: z.string().default("") });
const option = z
  .object({ key: z.string().min(1).max(8), zhHant: z.string().default(""), en: z.string().default("") })
  .refine(eitherLanguage, { error: "textRequired" });
const classification = z.object({ type: z.enum(CLAIM_TYPES), verdict: z.enum(VERDICTS) });

const base = {
  key: z.string().min(1).max(16),
  prompt: bilingual,
  // The paragraphs the item is about (feedback links to them); none for an item imported from a bank file.
  paragraphs: z.array(z.string().min(1)),
  explanation: optionalText,
  points: z.number().int().min(1).max(10).default(1),
};

export const quizItemSchema = z
  .discriminatedUnion("type", [
    z.object({ ...base, type: z.literal("single"), options: z.array(option).min(2).max(8), answer: z.string() }),
    z.object({
      ...base,
      type: z.literal("multiple"),
      options: z.array(option).min(2).max(8),
      answer: z.array(z.string()).min(1),
      partialCredit: z.literal("proportional").default("proportional"),
    }),
    z.object({ ...base, type: z.literal("true_false"), answer: z.boolean() }),
    z.object({ ...base, type: z.literal("classify"), answer: classification }),
    z.object({ ...base, type: z.literal("paragraph"), answer: z.array(z.string().min(1)).min(1) }),
    z.object({ ...base, type: z.literal("short"), rubric: bilingual }),
  ])
  .superRefine((item, ctx) => {
    if (item.type === "single" && !item.options.some((o) => o.key === item.answer))
      ctx.addIssue({ code: "custom", message: `${item.key}: answer is not an option` });
    if (item.type === "multiple" && !item.answer.every((a) => item.options.some((o) => o.key === a)))
      ctx.addIssue({ code: "custom", message: `${item.key}: answer is not an option` });
  });

export type QuizItem = z.infer<typeof quizItemSchema>;
export type Classification = z.infer<typeof classification>;

/** What a student may send for each item type; checked again against the item itself on the server. */
export const answerValueSchema = {
  single: z.string().min(1).max(8),
  multiple: z
    .array(z.string().min(1).max(8))
    .max(8)
    .refine((keys) => new Set(keys).size === keys.length),
  true_false: z.boolean(),
  classify: classification,
  paragraph: z.string().min(1).max(64),
  short: z.string().max(5000, { error: "answerTooLong" }),
} satisfies Record<ItemType, z.ZodType>;

/** Whether an answer of the item's shape names only options the item has (true for types without options). */
export function choosesOwnOptions(item: QuizItem, answer: unknown): boolean {
  if (item.type !== "single" && item.type !== "multiple") return true;
  const picked = item.type === "single" ? [answer] : (answer as unknown[]);
  return picked.every((key) => item.options.some((o) => o.key === key));
}

/** A text of an item in this UI language, or in the other one when the item was written in one language only. */
export function localized(pair: { zhHant: string; en: string }, language: "zhHant" | "en"): string {
  return language === "en" ? pair.en || pair.zhHant : pair.zhHant || pair.en;
}
