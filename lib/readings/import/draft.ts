import { draftText } from "../split";
import type { ImportedReading } from "./types";

/** What an import fills in on the new-reading form: its fields as the form holds them. */
export type ReadingDraft = { title: string; author: string; source: string; publishedOn: string; text: string };

/** An imported reading as form fields: headings marked "# " in the text, as the form's preview reads them. */
export function toDraft(reading: ImportedReading): ReadingDraft {
  return {
    title: reading.title ?? "",
    author: reading.author ?? "",
    source: reading.source ?? "",
    publishedOn: reading.publishedOn ?? "",
    text: draftText(reading.paragraphs),
  };
}
