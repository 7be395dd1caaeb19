"use client";

import { useEffect, useEffectEvent, useRef, useState } from "react";
import { mergeWithSaved } from "@/lib/quiz/answer-queue";
import type { RunnerProps } from "@/lib/quiz/quiz-page-props";
import type { SaveWhen } from "./item-input";
import type { useAnswerSync } from "./use-answer-sync";

const TYPING_PAUSE_MS = 800;

/**
 * The answers on screen, and when each goes to useAnswerSync: a choice at once, typing once it pauses or the
 * field is left. Each change gets the next number of its item (`clientSeq`), so a late or repeated save never
 * overwrites a newer one. On arrival, answers this browser kept but the server never confirmed (after a
 * dropped connection or a reload) are laid over the saved ones and sent again. A save the server answers with
 * a newer answer it kept (given in another tab or device) puts that answer on screen, with a note.
 */
export function useQuizAnswers(saved: RunnerProps["saved"], sync: ReturnType<typeof useAnswerSync>) {
  const [values, setValues] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(Object.entries(saved).map(([k, v]) => [k, v.value])),
  );
  const valuesRef = useRef(values);
  const seqs = useRef<Record<string, number>>(Object.fromEntries(Object.entries(saved).map(([k, v]) => [k, v.seq])));
  const typing = useRef<{ itemId: string; timer: number } | null>(null);

  /** Items whose answer on screen was replaced by a newer one the student gave in another tab or device. */
  const [changedElsewhere, setChangedElsewhere] = useState<Record<string, true>>({});

  // A save the server did not take because it had a newer answer (another tab or device): show that one,
  // and number this page's next change after it. Not when this page has itself moved on past it.
  // While the student is typing in that item, what they type is newest: it is numbered after the kept answer
  // and replaces it when typing pauses.
  const adoptKept = useEffectEvent((kept: ReturnType<typeof useAnswerSync>["kept"]) => {
    const newer = Object.entries(kept).filter(([itemId, k]) => k.seq > (seqs.current[itemId] ?? 0));
    if (newer.length === 0) return;
    const shown: string[] = [];
    for (const [itemId, k] of newer) {
      seqs.current[itemId] = k.seq;
      if (typing.current?.itemId === itemId) continue;
      if (JSON.stringify(valuesRef.current[itemId]) === JSON.stringify(k.value)) continue;
      valuesRef.current = { ...valuesRef.current, [itemId]: k.value };
      shown.push(itemId);
    }
    if (shown.length === 0) return;
    setValues(valuesRef.current);
    setChangedElsewhere((c) => ({ ...c, ...Object.fromEntries(shown.map((itemId) => [itemId, true as const])) }));
  });
  useEffect(() => adoptKept(sync.kept), [sync.kept]);

  const restoreKept = useEffectEvent(() => {
    const merged = mergeWithSaved(saved, sync.stored());
    seqs.current = merged.seqs;
    valuesRef.current = merged.values;
    setValues(merged.values);
    sync.restore(merged.pending);
  });
  useEffect(() => restoreKept(), []);

  function save(itemId: string, value: unknown) {
    const seq = (seqs.current[itemId] ?? 0) + 1;
    seqs.current[itemId] = seq;
    sync.enqueue(itemId, value, seq);
  }

  function finishTyping() {
    if (!typing.current) return;
    window.clearTimeout(typing.current.timer);
    const { itemId } = typing.current;
    typing.current = null;
    save(itemId, valuesRef.current[itemId] ?? "");
  }

  function change(itemId: string, value: unknown, when: SaveWhen) {
    setChangedElsewhere(({ [itemId]: _, ...rest }) => rest);
    valuesRef.current = { ...valuesRef.current, [itemId]: value };
    setValues(valuesRef.current);
    if (when === "now") save(itemId, value);
    if (when === "soon") {
      if (typing.current && typing.current.itemId !== itemId) finishTyping();
      if (typing.current) window.clearTimeout(typing.current.timer);
      typing.current = { itemId, timer: window.setTimeout(finishTyping, TYPING_PAUSE_MS) };
    }
  }

  return { values, change, finishTyping, changedElsewhere };
}
