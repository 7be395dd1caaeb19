import { useId, useState } from "react";
import { errorKey, postJson } from "@/components/post-json";
import { useReaderRefresh } from "./reader-refresh";

type NoteEditorLabels = Record<"noteLabel" | "saved" | "saveNote" | "saving", string>;
type Status = { kind: "idle" | "saving" | "saved" } | { kind: "error"; key: string };

/** Edits a highlight's note in place; what was typed stays in the field when the server refuses it. */
export function NoteEditor({
  highlightId,
  note,
  labels,
  errorMessages,
}: {
  highlightId: string;
  note: string;
  labels: NoteEditorLabels;
  errorMessages: Record<string, string>;
}) {
  const refresh = useReaderRefresh();
  const id = useId();
  const [status, setStatus] = useState<Status>({ kind: "idle" });

  async function submit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const text = new FormData(event.currentTarget).get("note");
    setStatus({ kind: "saving" });
    try {
      const result = await postJson("/api/reader/notes", { highlightId, note: text });
      if (!result.ok) return setStatus({ kind: "error", key: errorKey(result) });
      setStatus({ kind: "saved" });
      await refresh();
    } catch {
      setStatus({ kind: "error", key: "network" });
    }
  }

  const error = status.kind === "error" ? status.key : undefined;
  return (
    <form method="post" onSubmit={submit} className="stack">
      <label htmlFor={id}>{labels.noteLabel}</label>
      <textarea id={id} name="note" rows={3} defaultValue={note} aria-invalid={error ? true : undefined} />
      <div role="status" aria-live="polite" className="form-status">
        {error && <p className="form-error">{errorMessages[error] ?? errorMessages.unexpected}</p>}
        {status.kind === "saved" && <p className="form-success">{labels.saved}</p>}
      </div>
      <button type="submit" className="button primary" disabled={status.kind === "saving"}>
        {status.kind === "saving" ? labels.saving : labels.saveNote}
      </button>
    </form>
  );
}
