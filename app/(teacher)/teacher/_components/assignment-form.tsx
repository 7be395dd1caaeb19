"use client";

import { useTranslations } from "next-intl";
import { useId, useRef } from "react";
import { FormField } from "@/components/form-field";
import { FormStatus } from "@/components/form-status";
import { SubmitButton } from "@/components/submit-button";
import { useFormAction } from "@/components/use-form-action";
import type { ErrorKey } from "@/lib/actions/result";
import { createAssignmentAction, updateAssignmentAction } from "@/lib/assignments/actions";

/** What the form starts with: local date-times as `datetime-local` inputs take them ("" for none). */
export type AssignmentDefaults = {
  title: string;
  instructions: string;
  opensAt: string;
  dueAt: string;
  readingEnabled: boolean;
  quizEnabled: boolean;
  debateEnabled: boolean;
};

/** `timeZone`: the school's (TIME_ZONE, else the server's), in which the dates typed are read. */
type Props = { timeZone: string } & (
  | {
      mode: "create";
      classroomId: string;
      readings: { id: string; title: string }[];
      /** The reading chosen to start with. */
      readingId: string;
      defaults: AssignmentDefaults;
    }
  | { mode: "edit"; assignmentId: string; readingTitle: string; defaults: AssignmentDefaults }
);

/** A new assignment for a class, or the changes to one: the same fields, except that the reading stays once chosen. */
export function AssignmentForm(props: Props) {
  const { defaults } = props;
  const t = useTranslations("assignmentForm");
  const tErrors = useTranslations("errors");
  const { onSubmit, pending, fieldErrors, formError } = useFormAction(
    props.mode === "create" ? createAssignmentAction : updateAssignmentAction,
  );
  const id = useId();
  const errorText = (keys?: ErrorKey[]) => keys?.map((k) => tErrors(k)).join(" ");
  return (
    <form method="post" onSubmit={onSubmit} noValidate className="stack narrow">
      {props.mode === "create" ? (
        <input type="hidden" name="classroomId" value={props.classroomId} />
      ) : (
        <input type="hidden" name="assignmentId" value={props.assignmentId} />
      )}
      {props.mode === "create" ? (
        <ReadingSelect readings={props.readings} initial={props.readingId} errors={fieldErrors?.readingId} />
      ) : (
        <p>
          <strong>{t("reading")}</strong>：{props.readingTitle}
          <br />
          <span className="hint">{t("readingStays")}</span>
        </p>
      )}
      <FormField name="title" label={t("assignmentTitle")} defaultValue={defaults.title} errors={fieldErrors?.title} />
      <div className="field">
        <label htmlFor={`${id}-instructions`}>{t("instructions")}</label>
        <textarea
          id={`${id}-instructions`}
          name="instructions"
          rows={3}
          defaultValue={defaults.instructions}
          aria-invalid={fieldErrors?.instructions ? true : undefined}
          aria-describedby={fieldErrors?.instructions ? `${id}-instructions-error` : undefined}
        />
        {fieldErrors?.instructions && (
          <p id={`${id}-instructions-error`} className="field-error">
            {errorText(fieldErrors.instructions)}
          </p>
        )}
      </div>
      <FormField
        name="opensAt"
        type="datetime-local"
        label={t("opensAt")}
        hint={t("timeZone", { zone: props.timeZone })}
        defaultValue={defaults.opensAt}
        errors={fieldErrors?.opensAt}
      />
      <FormField
        name="dueAt"
        type="datetime-local"
        label={t("dueAt")}
        hint={t("hintAndTimeZone", { hint: t("dueHint"), zone: props.timeZone })}
        defaultValue={defaults.dueAt}
        errors={fieldErrors?.dueAt}
      />
      <fieldset className="checkboxes" aria-describedby={fieldErrors?.parts ? `${id}-parts-error` : undefined}>
        <legend>{t("parts")}</legend>
        <label>
          <input type="checkbox" name="readingEnabled" defaultChecked={defaults.readingEnabled} /> {t("partReading")}
        </label>
        <label>
          <input type="checkbox" name="quizEnabled" defaultChecked={defaults.quizEnabled} /> {t("partQuiz")}
        </label>
        <label>
          <input type="checkbox" name="debateEnabled" defaultChecked={defaults.debateEnabled} /> {t("partDebate")}
        </label>
        {fieldErrors?.parts && (
          <p id={`${id}-parts-error`} className="field-error">
            {errorText(fieldErrors.parts)}
          </p>
        )}
      </fieldset>
      <FormStatus error={formError} />
      <SubmitButton
        label={t(props.mode === "create" ? "submit" : "save")}
        pendingLabel={t(props.mode === "create" ? "submitting" : "saving")}
        pending={pending}
      />
    </form>
  );
}

function ReadingSelect({
  readings,
  initial,
  errors,
}: {
  readings: { id: string; title: string }[];
  initial: string;
  errors?: ErrorKey[];
}) {
  const t = useTranslations("assignmentForm");
  const tErrors = useTranslations("errors");
  const id = useId();
  const chosen = useRef(initial);
  return (
    <div className="field">
      <label htmlFor={`${id}-reading`}>{t("reading")}</label>
      <select
        id={`${id}-reading`}
        name="readingId"
        defaultValue={initial}
        onChange={(e) => {
          // The title proposed for the reading chosen before follows the new choice; one the teacher wrote stays.
          const title = e.currentTarget.form?.elements.namedItem("title");
          const before = readings.find((r) => r.id === chosen.current)?.title ?? "";
          chosen.current = e.currentTarget.value;
          if (title instanceof HTMLInputElement && (title.value === "" || title.value === before))
            title.value = readings.find((r) => r.id === chosen.current)?.title ?? "";
        }}
        aria-invalid={errors ? true : undefined}
        aria-describedby={errors ? `${id}-reading-error` : undefined}
      >
        <option value="">{t("chooseReading")}</option>
        {readings.map((r) => (
          <option key={r.id} value={r.id}>
            {r.title}
          </option>
        ))}
      </select>
      {errors && (
        <p id={`${id}-reading-error`} className="field-error">
          {errors.map((k) => tErrors(k)).join(" ")}
        </p>
      )}
    </div>
  );
}
