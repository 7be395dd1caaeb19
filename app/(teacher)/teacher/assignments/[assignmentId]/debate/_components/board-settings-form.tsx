"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { saveBoardSettingsAction } from "@/lib/debate/teacher-actions";
import { MOTION_MAX, SIDE_LABEL_MAX, SIDE_MODES, type SideMode } from "@/lib/debate/teacher-schema";
import type { BoardWording, SideLabels } from "@/lib/debate/wording";
import { CheckboxField } from "./checkbox-field";

export type BoardSettingsValues = {
  debateEnabled: boolean;
  motion: string;
  /** The board's own names for its sides; "" = the default below. */
  sideLabels: SideLabels;
  thirdSideEnabled: boolean;
  sideMode: SideMode;
  steelman: boolean;
  anonymous: boolean;
  /** datetime-local values in the school's time zone; "" = none. */
  rebuttalAt: string;
  closesAt: string;
};

type Props = {
  assignmentId: string;
  values: BoardSettingsValues;
  /** What the board shows when the teacher's fields are empty: the reading's wording, else the catalog's. */
  defaults: BoardWording;
  /** The school's time zone, in which the deadlines typed are read. */
  timeZone: string;
};

const SIDE_FIELDS = [
  { side: "first", field: "sideFirst" },
  { side: "second", field: "sideSecond" },
  { side: "other", field: "sideOther" },
] as const;

/** Everything about the board that is set once (or rarely); the phase buttons handle the day-to-day switch. */
export function BoardSettingsForm({ assignmentId, values, defaults, timeZone }: Props) {
  const t = useTranslations("debateTeacher.settings");
  const tErrors = useTranslations("errors");
  const id = useId();
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(saveBoardSettingsAction);
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack" aria-label={t("form")}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <CheckboxField
        name="debateEnabled"
        label={t("debateEnabled")}
        hint={t("debateEnabledHint")}
        defaultChecked={values.debateEnabled}
        errors={fieldErrors?.debateEnabled}
      />
      <FormField
        name="motion"
        label={t("motion")}
        hint={t("motionHint", { motion: defaults.motion })}
        defaultValue={values.motion}
        maxLength={MOTION_MAX}
        errors={fieldErrors?.motion}
      />
      <fieldset>
        <legend>{t("sideNames")}</legend>
        <p className="hint">{t("sideNamesHint")}</p>
        {SIDE_FIELDS.map(({ side, field }, i) => (
          <FormField
            key={side}
            name={field}
            label={side === "other" ? t("sideNameOther") : t("sideName", { n: i + 1 })}
            hint={t("sideNameHint", { name: defaults.sides[side] })}
            defaultValue={values.sideLabels[side]}
            maxLength={SIDE_LABEL_MAX}
            errors={fieldErrors?.[field]}
          />
        ))}
      </fieldset>
      <CheckboxField
        name="thirdSideEnabled"
        label={t("thirdSide", { side: values.sideLabels.other || defaults.sides.other })}
        hint={t("thirdSideHint")}
        defaultChecked={values.thirdSideEnabled}
        errors={fieldErrors?.thirdSideEnabled}
      />
      <fieldset>
        <legend>{t("sideMode")}</legend>
        {SIDE_MODES.map((mode) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name="sideMode"
              value={mode}
              defaultChecked={values.sideMode === mode}
              aria-describedby={fieldErrors?.sideMode ? `${id}-mode-error` : undefined}
            />{" "}
            {t(mode === "choose" ? "sideModeChoose" : "sideModeAssigned")}
          </label>
        ))}
        {fieldErrors?.sideMode && (
          <p id={`${id}-mode-error`} className="field-error">
            {fieldErrors.sideMode.map((key) => tErrors(key)).join(" ")}
          </p>
        )}
      </fieldset>
      <CheckboxField
        name="steelman"
        label={t("steelman")}
        hint={t("steelmanHint")}
        defaultChecked={values.steelman}
        errors={fieldErrors?.steelman}
      />
      <CheckboxField
        name="anonymous"
        label={t("anonymous")}
        hint={t("anonymousHint")}
        defaultChecked={values.anonymous}
        errors={fieldErrors?.anonymous}
      />
      <FormField
        name="rebuttalAt"
        type="datetime-local"
        label={t("rebuttalAt")}
        hint={t("hintAndTimeZone", { hint: t("deadlineHint"), zone: timeZone })}
        defaultValue={values.rebuttalAt}
        errors={fieldErrors?.rebuttalAt}
      />
      <FormField
        name="closesAt"
        type="datetime-local"
        label={t("closesAt")}
        hint={t("hintAndTimeZone", { hint: t("deadlineHint"), zone: timeZone })}
        defaultValue={values.closesAt}
        errors={fieldErrors?.closesAt}
      />
      <FormStatus error={formError} success={state?.ok ? t("saved") : undefined} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
