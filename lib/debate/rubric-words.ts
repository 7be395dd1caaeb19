import { getTranslations } from "next-intl/server";
import { describeLevels, type RubricWording } from "./rubric";

/** Each criterion's levels in words for this request's UI language: the teacher's wording, else the catalog's. */
export async function rubricLevelWords(wording: RubricWording) {
  const t = await getTranslations("debateRubric");
  return describeLevels(wording, (criterion, level) => t(`levels.${criterion}.${level}`));
}
