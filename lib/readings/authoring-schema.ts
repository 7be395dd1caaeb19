import { z } from "zod";
import { MOTION_MAX, SIDE_LABEL_MAX } from "@/lib/debate/teacher-schema";
import type { DebateDefaults } from "@/lib/debate/wording";
import { idSchema as id } from "@/lib/id-schema";
import { withoutBidiControls } from "@/lib/text/bidi";
import { titleSchema } from "@/lib/text/title-schema";
import { READING_LANGUAGES } from "./reading-languages";
import { PARAGRAPH_MAX_CHARS, parseDraft, READING_MAX_CHARS, READING_MAX_PARAGRAPHS } from "./split";

/**
 * A reading as the teacher's form sends it. The text is split into paragraphs here (parseDraft: a line per paragraph, "# " before a heading; the
 * same as the form's preview), so a text over the limits is refused with the limit it broke. Error
 * messages are keys of the "errors" catalog. Lengths are UTF-16 code units, as the browser's maxlength counts.
 */
const optionalText = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    // An author's name and a source (often an address) are never right-to-left on purpose.
    .transform((v) => withoutBidiControls(v?.trim() ?? ""))
    .pipe(z.string().max(max, { error: tooLong }))
    .transform((v) => v || null);

export const createReadingSchema = z.object({
  title: titleSchema,
  author: optionalText(200, "authorTooLong"),
  source: optionalText(500, "sourceTooLong"),
  // A date field: "" = unknown.
  publishedOn: z
    .string()
    .optional()
    .transform((v, ctx) => {
      if (!v) return null;
      const date = /^\d{4}-\d{2}-\d{2}$/.test(v) ? new Date(`${v}T00:00:00Z`) : new Date(Number.NaN);
      if (Number.isNaN(date.getTime())) {
        ctx.addIssue({ code: "custom", message: "dateInvalid" });
        return z.NEVER;
      }
      return date;
    }),
  // "auto" = guessed from the text (lib/readings/language.ts).
  language: z.enum(["auto", ...READING_LANGUAGES], { error: "required" }),
  text: z
    .string({ error: "required" })
    .max(READING_MAX_CHARS, { error: "readingTooLong" })
    .transform((text) => parseDraft(text))
    .pipe(
      z
        .array(
          z.object({ text: z.string().max(PARAGRAPH_MAX_CHARS, { error: "paragraphTooLong" }), heading: z.boolean() }),
        )
        .min(1, { error: "readingEmpty" })
        .max(READING_MAX_PARAGRAPHS, { error: "tooManyParagraphs" }),
    ),
});

/** An edit of a reading: its fields as a new one's, with the version the form showed (lib/readings/revisions.ts). */
export const updateReadingSchema = createReadingSchema.extend({
  readingId: id,
  version: z.coerce.number({ error: "readingChanged" }).int({ error: "readingChanged" }).min(1),
});

export const moveToNewestSchema = z.object({ assignmentId: id });

export const shareReadingSchema = z.object({
  readingId: id,
  shared: z.enum(["on", "off"], { error: "required" }).transform((v) => v === "on"),
});

const debateText = (max: number, tooLong: string) =>
  z
    .string()
    .optional()
    // A motion and the sides' names are titles: never right-to-left on purpose (decision 0043).
    .transform((v) => withoutBidiControls(v?.trim() ?? ""))
    .pipe(z.string().max(max, { error: tooLong }));
const motionText = () => debateText(MOTION_MAX, "motionTooLong");
const sideText = () => debateText(SIDE_LABEL_MAX, "sideLabelTooLong");

/** The debate a reading proposes, one field per language; every field may be empty (lib/debate/wording.ts). */
export const readingDebateSchema = z
  .object({
    readingId: id,
    motionZhHant: motionText(),
    motionEn: motionText(),
    firstZhHant: sideText(),
    firstEn: sideText(),
    secondZhHant: sideText(),
    secondEn: sideText(),
    otherZhHant: sideText(),
    otherEn: sideText(),
  })
  .transform((v): { readingId: string; defaults: DebateDefaults } => ({
    readingId: v.readingId,
    defaults: {
      motion: { zhHant: v.motionZhHant, en: v.motionEn },
      sides: {
        first: { zhHant: v.firstZhHant, en: v.firstEn },
        second: { zhHant: v.secondZhHant, en: v.secondEn },
        other: { zhHant: v.otherZhHant, en: v.otherEn },
      },
    },
  }));

export type CreateReadingInput = z.infer<typeof createReadingSchema>;
export type ShareReadingInput = z.infer<typeof shareReadingSchema>;
export type ReadingDebateInput = z.infer<typeof readingDebateSchema>;
