"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import { BETWEEN_ATTEMPTS, RELEASE_MODES } from "@/lib/quiz/release";
import { saveQuizSettingsAction } from "@/lib/quiz/settings-actions";

type Settings = {
  quizEnabled: boolean;
  attemptsAllowed: number;
  timeLimitMinutes: number | null;
  release: string;
  betweenAttempts: string;
  lateWorkAllowed: boolean;
  glossaryDuringQuiz: boolean;
};

export function QuizSettingsForm({ assignmentId, settings }: { assignmentId: string; settings: Settings }) {
  const t = useTranslations("quizSettings");
  const id = useId();
  const { onSubmit, pending, fieldErrors, formError, state } = useFormAction(saveQuizSettingsAction);
  return (
    <form method="post" onSubmit={onSubmit} className="stack" aria-label={t("formLabel")}>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      <label className="checkbox">
        <input type="checkbox" name="quizEnabled" defaultChecked={settings.quizEnabled} /> {t("enabled")}
      </label>
      <FormField
        name="attemptsAllowed"
        type="number"
        min={1}
        max={10}
        label={t("attemptsAllowed")}
        defaultValue={String(settings.attemptsAllowed)}
        errors={fieldErrors?.attemptsAllowed}
      />
      <FormField
        name="timeLimitMinutes"
        type="number"
        min={1}
        max={600}
        label={t("timeLimit")}
        hint={t("timeLimitHint")}
        defaultValue={settings.timeLimitMinutes ? String(settings.timeLimitMinutes) : ""}
        errors={fieldErrors?.timeLimitMinutes}
      />
      <fieldset aria-describedby={`${id}-release-hint`}>
        <legend>{t("release")}</legend>
        <p id={`${id}-release-hint`} className="hint">
          {t("releaseHint")}
        </p>
        {RELEASE_MODES.map((mode) => (
          <label key={mode} className="checkbox">
            <input type="radio" name="release" value={mode} defaultChecked={settings.release === mode} />{" "}
            {t(`releaseMode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <fieldset aria-describedby={`${id}-between-hint`}>
        <legend>{t("betweenAttempts")}</legend>
        <p id={`${id}-between-hint`} className="hint">
          {t("betweenAttemptsHint")}
        </p>
        {BETWEEN_ATTEMPTS.map((mode) => (
          <label key={mode} className="checkbox">
            <input
              type="radio"
              name="betweenAttempts"
              value={mode}
              defaultChecked={(settings.betweenAttempts || "score") === mode}
            />{" "}
            {t(`betweenAttemptsMode.${mode}`)}
          </label>
        ))}
      </fieldset>
      <label className="checkbox">
        <input type="checkbox" name="lateWorkAllowed" defaultChecked={settings.lateWorkAllowed} /> {t("lateWork")}
      </label>
      <div>
        <label className="checkbox">
          <input
            type="checkbox"
            name="glossaryDuringQuiz"
            defaultChecked={settings.glossaryDuringQuiz}
            aria-describedby={`${id}-glossary-hint`}
          />{" "}
          {t("glossaryDuringQuiz")}
        </label>
        <p id={`${id}-glossary-hint`} className="hint">
          {t("glossaryDuringQuizHint")}
        </p>
      </div>
      <FormStatus error={formError} success={state?.ok ? t("saved") : undefined} />
      <SubmitButton label={t("save")} pendingLabel={t("saving")} pending={pending} />
    </form>
  );
}
