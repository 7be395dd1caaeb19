import { z } from "zod";
import { idSchema as id } from "@/lib/id-schema";

/**
 * A glossary term as the teacher's form sends it: the term as it appears in the text, other spellings
 * (separated by commas, 、 or new lines), and an explanation in zh-Hant and one in English, either of which
 * may be empty but not both. Error messages are keys of the "errors" catalog.
 */
export const TERM_MAX = 50;
export const ALIASES_MAX = 10;
export const EXPLANATION_MAX = 1000;

const explanation = z
  .string()
  .optional()
  .transform((v) => v?.trim() ?? "")
  .pipe(z.string().max(EXPLANATION_MAX, { error: "explanationTooLong" }));

const termFields = {
  term: z.string({ error: "required" }).trim().min(1, { error: "required" }).max(TERM_MAX, { error: "termTooLong" }),
  aliases: z
    .string()
    .optional()
    .transform((v) => [
      ...new Set(
        (v ?? "")
          .split(/[,，、;；\n]/)
          .map((a) => a.trim())
          .filter(Boolean),
      ),
    ])
    .pipe(z.array(z.string().max(TERM_MAX, { error: "termTooLong" })).max(ALIASES_MAX, { error: "tooManyAliases" })),
  explanationZhHant: explanation,
  explanationEn: explanation,
};

const oneExplanation = <T extends { explanationZhHant: string; explanationEn: string }>(v: T) =>
  Boolean(v.explanationZhHant || v.explanationEn);
const needsExplanation = { error: "explanationRequired", path: ["explanationZhHant"] };

export const addTermSchema = z.object({ readingId: id, ...termFields }).refine(oneExplanation, needsExplanation);
export const updateTermSchema = z
  .object({ readingId: id, termId: id, ...termFields })
  .refine(oneExplanation, needsExplanation);
export const removeTermSchema = z.object({ readingId: id, termId: id });

export type TermInput = z.infer<typeof addTermSchema>;
export type UpdateTermInput = z.infer<typeof updateTermSchema>;
export type RemoveTermInput = z.infer<typeof removeTermSchema>;
