import { z } from "zod";
import { SIDES, type Side } from "./sides";
import { MOTION_MAX, SIDE_LABEL_MAX } from "./teacher-schema";

/**
 * What a board asks and what its sides are called. Three layers, the first one set wins:
 * 1. the teacher's wording for this assignment (Debate.motion, Debate.sideLabels), in their own words;
 * 2. the reading's defaults (Reading.debateDefaults), in zh-Hant and English, shown in the reader's UI
 *    language, or in the other one when only that one is written;
 * 3. the catalog's general motion ("Do you agree with the author?") and sides.
 * So a reading a teacher brings debates its own question, and nothing in the code names one article.
 */
const localized = (max: number, tooLong: "motionTooLong" | "sideLabelTooLong") =>
  z.object({
    zhHant: z.string().trim().max(max, { error: tooLong }).default(""),
    en: z.string().trim().max(max, { error: tooLong }).default(""),
  });

/** A reading's debate, as stored in Reading.debateDefaults and carried by lesson files. */
export const debateDefaultsSchema = z.object({
  motion: localized(MOTION_MAX, "motionTooLong").default({ zhHant: "", en: "" }),
  sides: z
    .object({
      first: localized(SIDE_LABEL_MAX, "sideLabelTooLong").default({ zhHant: "", en: "" }),
      second: localized(SIDE_LABEL_MAX, "sideLabelTooLong").default({ zhHant: "", en: "" }),
      other: localized(SIDE_LABEL_MAX, "sideLabelTooLong").default({ zhHant: "", en: "" }),
    })
    .default({ first: { zhHant: "", en: "" }, second: { zhHant: "", en: "" }, other: { zhHant: "", en: "" } }),
});
export type DebateDefaults = z.infer<typeof debateDefaultsSchema>;
export type LocalizedText = DebateDefaults["motion"];

/** A board's own names for its sides, as stored in Debate.sideLabels: "" = the reading's. */
export const sideLabelsSchema = z.object({
  first: z.string().trim().max(SIDE_LABEL_MAX).default(""),
  second: z.string().trim().max(SIDE_LABEL_MAX).default(""),
  other: z.string().trim().max(SIDE_LABEL_MAX).default(""),
});
export type SideLabels = z.infer<typeof sideLabelsSchema>;

export const NO_DEFAULTS: DebateDefaults = debateDefaultsSchema.parse({});
const NO_LABELS: SideLabels = sideLabelsSchema.parse({});

/** A stored JSON column read leniently: anything unreadable counts as "not set", never as an error page. */
function parseStored<T>(schema: z.ZodType<T>, stored: string, fallback: T): T {
  if (!stored) return fallback;
  try {
    const parsed = schema.safeParse(JSON.parse(stored));
    return parsed.success ? parsed.data : fallback;
  } catch {
    return fallback;
  }
}

export const parseDebateDefaults = (stored: string) => parseStored(debateDefaultsSchema, stored, NO_DEFAULTS);
export const parseSideLabels = (stored: string) => parseStored(sideLabelsSchema, stored, NO_LABELS);

/** Only what differs from "not set" is stored, so an empty form stores "" and the layer below shows through. */
export function serialiseDebateDefaults(defaults: DebateDefaults): string {
  const texts = [defaults.motion, ...SIDES.map((s) => defaults.sides[s])];
  return texts.some((t) => t.zhHant || t.en) ? JSON.stringify(defaults) : "";
}

export function serialiseSideLabels(labels: SideLabels): string {
  return SIDES.some((s) => labels[s]) ? JSON.stringify(labels) : "";
}

export type UiLocale = "zh-Hant" | "en";

/** The text in the reader's UI language, else in the other one, else "". */
export function inLocale(text: LocalizedText, locale: UiLocale): string {
  const [mine, other] = locale === "en" ? [text.en, text.zhHant] : [text.zhHant, text.en];
  return mine || other;
}

export type SideNames = Record<Side, string>;
export type BoardWording = { motion: string; sides: SideNames };

export function resolveWording(
  layers: { motion: string; sideLabels: string; readingDefaults: string },
  locale: UiLocale,
  general: BoardWording,
): BoardWording {
  const reading = parseDebateDefaults(layers.readingDefaults);
  const board = parseSideLabels(layers.sideLabels);
  const sides = Object.fromEntries(
    SIDES.map((s) => [s, board[s] || inLocale(reading.sides[s], locale) || general.sides[s]]),
  ) as Record<Side, string>;
  return { motion: layers.motion.trim() || inLocale(reading.motion, locale) || general.motion, sides };
}
