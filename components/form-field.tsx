"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { ErrorKey } from "@/lib/actions/result";

type Props = {
  name: string;
  label: string;
  hint?: string;
  errors?: ErrorKey[];
  type?: "text" | "email" | "password" | "date" | "datetime-local" | "number";
  min?: number;
  max?: number;
  autoComplete?: string;
  defaultValue?: string;
  maxLength?: number;
  autoCapitalize?: "off" | "characters";
  /** A textarea of this many rows instead of a one-line input. */
  rows?: number;
  lang?: string;
};

/** A labelled input whose hint and error messages are announced with it (aria-describedby). */
export function FormField({
  name,
  label,
  hint,
  errors,
  type = "text",
  autoComplete,
  defaultValue,
  maxLength,
  autoCapitalize,
  min,
  max,
  rows,
  lang,
}: Props) {
  const t = useTranslations("errors");
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const hasError = Boolean(errors?.length);
  const describedBy = [hint && hintId, hasError && errorId].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="hint">
          {hint}
        </p>
      )}
      {rows ? (
        <textarea
          id={id}
          name={name}
          rows={rows}
          defaultValue={defaultValue}
          maxLength={maxLength}
          lang={lang}
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy}
        />
      ) : (
        <input
          id={id}
          name={name}
          lang={lang}
          type={type}
          autoComplete={autoComplete}
          defaultValue={defaultValue}
          maxLength={maxLength}
          min={min}
          max={max}
          autoCapitalize={autoCapitalize}
          spellCheck={false}
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy}
        />
      )}
      {hasError && (
        <p id={errorId} className="field-error">
          {errors!.map((key) => t(key)).join(" ")}
        </p>
      )}
    </div>
  );
}
