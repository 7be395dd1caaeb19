import type { getTranslations } from "next-intl/server";
import type { ContentLanguage } from "@/i18n/locales";
import type { AnswerView } from "@/lib/quiz/answer-view";
import type { Classification } from "@/lib/quiz/items";
import { localized } from "@/lib/quiz/items";

/** The "quizResults" translator of the page that shows the answer. */
export type Translate = Awaited<ReturnType<typeof getTranslations<"quizResults">>>;

/** Students' own words keep their line breaks and are only ever text, never markup. */
export const PLAIN_TEXT = { whiteSpace: "pre-wrap", overflowWrap: "anywhere" } as const;

/** The catalog key of a claim type or verdict ("n/a" cannot be part of a message key). */
const claimKey = (type: Classification["type"]) => `claim_${type}` as const;
const verdictKey = (verdict: Classification["verdict"]) => `verdict_${verdict === "n/a" ? "na" : verdict}` as const;

/** An answer in the reader's language, as plain text (React escapes it; nothing is rendered as HTML). */
export function answerLabel(view: AnswerView, t: Translate, language: ContentLanguage): string {
  switch (view.kind) {
    case "none":
      return t("noAnswer");
    case "options":
      return view.options.length
        ? view.options.map((o) => localized(o, language)).join(t("optionSeparator"))
        : t("noAnswer");
    case "boolean":
      return view.value ? t("answerTrue") : t("answerFalse");
    case "paragraph":
      return view.position === null ? t("none") : t("answerParagraph", { position: view.position });
    case "classify":
      return t("answerClassify", { type: t(claimKey(view.type)), verdict: t(verdictKey(view.verdict)) });
    case "text":
      return view.text || t("blankAnswer");
  }
}
