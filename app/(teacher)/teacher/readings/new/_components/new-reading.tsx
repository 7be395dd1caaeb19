"use client";

import { useState } from "react";
import type { ReadingDraft } from "@/lib/readings/import/draft";
import { ReadingForm } from "../../_components/reading-form";
import { ImportPanel } from "./import-panel";

const EMPTY: ReadingDraft = { title: "", author: "", source: "", publishedOn: "", text: "" };

/** The import panel and the reading form: an import replaces the form's fields with what it found. */
export function NewReading() {
  const [draft, setDraft] = useState({ version: 0, fields: EMPTY });
  return (
    <>
      <ImportPanel onDraft={(fields) => setDraft((d) => ({ version: d.version + 1, fields }))} />
      <ReadingForm key={draft.version} initial={draft.fields} />
    </>
  );
}
