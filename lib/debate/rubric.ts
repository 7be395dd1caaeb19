import { z } from "zod";

/**
 * The debate rubric: four fixed criteria, each scored 1–4, each level described in words. The criteria are
 * fixed so the gradebook's columns and totals mean the same on every board; the wording of each level is
 * the teacher's to change per board. A level the teacher left alone (or cleared) is "" here and shows the
 * default wording from the message catalog, in the reader's UI language.
 */
export const RUBRIC_CRITERIA = ["claim", "evidence", "reasoning", "rebuttal"] as const;
export type RubricCriterion = (typeof RUBRIC_CRITERIA)[number];

export const RUBRIC_LEVELS = [1, 2, 3, 4] as const;
export type RubricLevel = (typeof RUBRIC_LEVELS)[number];
export const RUBRIC_MAX = RUBRIC_LEVELS.length;
export const RUBRIC_TOTAL_MAX = RUBRIC_CRITERIA.length * RUBRIC_MAX;

/** Lengths are UTF-16 code units, as the browser's maxlength counts them. */
export const LEVEL_TEXT_MAX = 300;

export type Rubric = Record<RubricCriterion, number | null>;

/** The teacher's wording, level 1 first; "" = the catalog's default for that level. */
export type RubricWording = Record<RubricCriterion, string[]>;

const stored = z.record(z.string(), z.array(z.string()));

/** The board's stored wording (Debate.rubricLevels); anything unreadable counts as "not changed". */
export function parseRubricWording(json: string): RubricWording {
  let parsed: Record<string, string[]> = {};
  try {
    parsed = stored.catch({}).parse(json ? JSON.parse(json) : {});
  } catch {
    // Not JSON: the defaults stand.
  }
  return Object.fromEntries(
    RUBRIC_CRITERIA.map((c) => [c, RUBRIC_LEVELS.map((_, i) => (parsed[c]?.[i] ?? "").trim())]),
  ) as RubricWording;
}

/** What to store: "" when every level is the default, so a board never edited stays "". */
export function serialiseRubricWording(wording: RubricWording): string {
  const changed = RUBRIC_CRITERIA.some((c) => wording[c].some((text) => text !== ""));
  return changed ? JSON.stringify(wording) : "";
}

/** The words for each level: the teacher's where given, else the default. */
export function describeLevels(
  wording: RubricWording,
  defaults: (criterion: RubricCriterion, level: RubricLevel) => string,
): Record<RubricCriterion, { level: RubricLevel; text: string; custom: boolean }[]> {
  return Object.fromEntries(
    RUBRIC_CRITERIA.map((c) => [
      c,
      RUBRIC_LEVELS.map((level, i) => {
        const own = wording[c][i] ?? "";
        return { level, text: own || defaults(c, level), custom: own !== "" };
      }),
    ]),
  ) as ReturnType<typeof describeLevels>;
}

/** The sum of the scored criteria and how many are scored; total is null until one is. */
export function rubricTotal(rubric: Rubric): { total: number | null; graded: number; max: number } {
  const scores = RUBRIC_CRITERIA.flatMap((c) => (rubric[c] === null ? [] : [rubric[c]]));
  return {
    total: scores.length ? scores.reduce((sum, n) => sum + n, 0) : null,
    graded: scores.length,
    max: RUBRIC_TOTAL_MAX,
  };
}

/** The form's field for one level's wording, e.g. "claim-3". */
export const levelField = (criterion: RubricCriterion, level: RubricLevel) => `${criterion}-${level}` as const;
