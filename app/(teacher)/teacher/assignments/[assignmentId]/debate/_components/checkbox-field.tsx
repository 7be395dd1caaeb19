"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import type { ErrorKey } from "@/lib/actions/result";

type Props = { name: string; label: string; hint?: string; defaultChecked: boolean; errors?: ErrorKey[] };

/**
 * A labelled checkbox whose hint and error are announced with it (aria-describedby), like FormField for
 * text inputs. An unticked box sends nothing, which the schema reads as false.
 */
export function CheckboxField({ name, label, hint, defaultChecked, errors }: Props) {
  const t = useTranslations("errors");
  const id = useId();
  const hasError = Boolean(errors?.length);
  const describedBy = [hint && `${id}-hint`, hasError && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    // Not .field: its input rules (full width, tall) are for text boxes.
    <div>
      <label className="checkbox" htmlFor={id}>
        <input
          id={id}
          type="checkbox"
          name={name}
          defaultChecked={defaultChecked}
          aria-invalid={hasError || undefined}
          aria-describedby={describedBy}
        />{" "}
        {label}
      </label>
      {hint && (
        <p id={`${id}-hint`} className="hint">
          {hint}
        </p>
      )}
      {hasError && (
        <p id={`${id}-error`} className="field-error">
          {errors!.map((key) => t(key)).join(" ")}
        </p>
      )}
    </div>
  );
}
