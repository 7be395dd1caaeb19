"use client";

import { useRouter } from "next/navigation";
import { useEffect, useId } from "react";
import { useFormAction } from "@/components/use-form-action";
import { updateMyHighlightNote } from "@/lib/readings/actions";

export type NoteEditorLabels = Record<"noteLabel" | "saved" | "saveNote" | "saving", string>;

/** Text arrives as props (see Highlighter): no message catalog on the reader's client. */
export function NoteEditor({ highlightId, note, labels, errorMessages }: { highlightId: string; note: string; labels: NoteEditorLabels; errorMessages: Record<string, string> }) {
  const router = useRouter();
  const id = useId();
  const { state, onSubmit, pending, fieldErrors, formError } = useFormAction(updateMyHighlightNote);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const error = fieldErrors?.note?.[0] ?? formError;
  return (
    <form onSubmit={onSubmit} className="stack">
      <input type="hidden" name="highlightId" value={highlightId} />
      <label htmlFor={id}>{labels.noteLabel}</label>
      <textarea id={id} name="note" rows={3} defaultValue={note} aria-invalid={error ? true : undefined} />
      <div role="status" aria-live="polite" className="form-status">
        {error && <p className="form-error">{errorMessages[error] ?? errorMessages.unexpected}</p>}
        {state?.ok && <p className="form-success">{labels.saved}</p>}
      </div>
      <button type="submit" className="button primary" disabled={pending}>
        {pending ? labels.saving : labels.saveNote}
      </button>
    </form>
  );
}
