import { getLocale, getTranslations } from "next-intl/server";
import { SIDES, type Side } from "./sides";
import { type BoardWording, resolveWording } from "./wording";

export type WordingLayers = { motion: string; sideLabels: string; readingDefaults: string };

/** The board's motion and side names for this request's UI language (lib/debate/wording.ts for the layers). */
export async function boardWording(layers: WordingLayers): Promise<BoardWording> {
  const [t, locale] = await Promise.all([getTranslations("debate"), getLocale()]);
  const general = {
    motion: t("defaultMotion"),
    sides: Object.fromEntries(SIDES.map((s) => [s, t(`side.${s}`)])) as Record<Side, string>,
  };
  return resolveWording(layers, locale === "en" ? "en" : "zh-Hant", general);
}

/** The five points of the stance scale, named after this board's sides. */
export async function stanceLabels(wording: BoardWording): Promise<string[]> {
  const t = await getTranslations("debate");
  const names = { first: wording.sides.first, second: wording.sides.second };
  return [t("stance1", names), t("stance2", names), t("stance3", names), t("stance4", names), t("stance5", names)];
}
