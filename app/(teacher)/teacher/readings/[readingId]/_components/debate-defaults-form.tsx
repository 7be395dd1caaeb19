"use client";

import { useTranslations } from "next-intl";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { MOTION_MAX, SIDE_LABEL_MAX } from "@/lib/debate/teacher-schema";
import type { DebateDefaults } from "@/lib/debate/wording";
import { saveReadingDebateAction } from "@/lib/readings/authoring-actions";

const LANGUAGES = [
  { key: "zhHant", suffix: "ZhHant" },
  { key: "en", suffix: "En" },
] as const;
const SIDE_ROWS = ["first", "second", "other"] as const;

/**
 * The debate a reading proposes: its motion and the names of its sides, each in zh-Hant and English. Either
 * language may be left empty (students then see the other); all empty = the general motion.
 */
export function DebateDefaultsForm({ readingId, values }: { readingId: string; values: DebateDefaults }) {
  const t = useTranslations("library.debate");
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(saveReadingDebateAction);
  const pair = (name: string, label: string, value: DebateDefaults["motion"], max: number) =>
    LANGUAGES.map(({ key, suffix }) => (
      <FormField
        key={key}
        name={`${name}${suffix}`}
        label={t(key === "zhHant" ? "inZhHant" : "inEn", { field: label })}
        defaultValue={value[key]}
        maxLength={max}
        errors={fieldErrors?.[`${name}${suffix}`]}
      />
    ));
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack" aria-label={t("form")}>
      <input type="hidden" name="readingId" value={readingId} />
      <fieldset>
        <legend>{t("motion")}</legend>
        {pair("motion", t("motion"), values.motion, MOTION_MAX)}
      </fieldset>
      {SIDE_ROWS.map((side) => (
        <fieldset key={side}>
          <legend>{t(`side.${side}`)}</legend>
          {pair(side, t(`side.${side}`), values.sides[side], SIDE_LABEL_MAX)}
        </fieldset>
      ))}
      <FormStatus error={formError} success={state?.ok ? t("saved") : undefined} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
