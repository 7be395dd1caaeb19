"use client";

import { useCallback, useEffect, useRef, useState } from "react";
import type { ActionResult, ErrorKey } from "@/lib/actions/result";
import { type Queue, readQueue, withAnswer, withoutConfirmed, writeQueue } from "@/lib/quiz/answer-queue";

const RETRY_MS = 5000;
/** Refusals after which no save can succeed: the attempt is over. */
const FINAL = new Set<ErrorKey>(["timeUp", "quizClosed", "alreadySubmitted", "notFound", "notAllowed"]);

export type KeptAnswer = { value: unknown; seq: number };

/** A save's reply says what the server kept when it already had a newer answer (lib/quiz/attempts.ts saveAnswer). */
function keptOf(value: unknown): KeptAnswer | null {
  const kept = (value as { kept?: { value?: unknown; seq?: unknown } } | null)?.kept;
  return kept && typeof kept.seq === "number" ? { value: kept.value, seq: kept.seq } : null;
}

/** The server answered that it cannot save right now (its database is failing): not saved, try again. */
class ServerCannotSave extends Error {}

/**
 * One save (app/api/quiz/answers). Throws unless the server answered: no network, or an error page from the
 * server or a proxy while it restarts, is "not saved yet, try again", never "refused".
 */
async function sendAnswer(body: {
  attemptId: string;
  itemId: string;
  value: unknown;
  clientSeq: number;
}): Promise<ActionResult<unknown>> {
  const response = await fetch("/api/quiz/answers", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  if (response.status === 403) return { ok: false, formError: "notAllowed" };
  if (response.status === 413) return { ok: false, formError: "tooLarge" };
  if (response.status === 503) throw new ServerCannotSave();
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  return (await response.json()) as ActionResult<unknown>;
}

/**
 * Sends answers to the server one at a time from the localStorage queue, retrying while offline and as
 * soon as the browser says it is back online. The queue is written before each send, so an answer given
 * just before the tab closes is sent on the next visit.
 */
export function useAnswerSync(attemptId: string) {
  const [queue, setQueue] = useState<Queue>({});
  const queueRef = useRef(queue);
  /** Why answers are waiting: no connection, or a server that cannot save right now; false while sends go through. */
  const [offline, setOffline] = useState<"network" | "server" | false>(false);
  const [itemErrors, setItemErrors] = useState<Record<string, ErrorKey>>({});
  const [finalError, setFinalError] = useState<ErrorKey | null>(null);
  /** What the server kept instead of a save of this page's: a newer answer given in another tab or device. */
  const [kept, setKept] = useState<Record<string, KeptAnswer>>({});
  /** The send loop now running, if any: a flush asked for meanwhile waits for it (and it runs once more). */
  const inFlight = useRef<Promise<boolean> | null>(null);
  const again = useRef(false);

  const update = useCallback(
    (next: Queue) => {
      queueRef.current = next;
      writeQueue(window.localStorage, attemptId, next);
      setQueue(next);
    },
    [attemptId],
  );

  /** Sends the queue until it is empty or a send fails; true when everything given so far is on the server. */
  const sendAll = useCallback(async (): Promise<boolean> => {
    await Promise.resolve(); // so that inFlight is set before the loop can end
    try {
      do {
        again.current = false;
        for (const [itemId, entry] of Object.entries(queueRef.current)) {
          let result: ActionResult<unknown>;
          try {
            result = await sendAnswer({ attemptId, itemId, value: entry.value, clientSeq: entry.seq });
          } catch (error) {
            setOffline(error instanceof ServerCannotSave ? "server" : "network");
            return false;
          }
          setOffline(false);
          if (result.ok) {
            update(withoutConfirmed(queueRef.current, itemId, entry.seq));
            setItemErrors(({ [itemId]: _, ...rest }) => rest);
            const newer = keptOf(result.value);
            if (newer) setKept((k) => ({ ...k, [itemId]: newer }));
          } else if (result.formError && FINAL.has(result.formError)) {
            setFinalError(result.formError);
            return false;
          } else {
            // The server will never take this value (wrong shape, too long): say so beside the item.
            update(withoutConfirmed(queueRef.current, itemId, entry.seq));
            const refusal = result.formError ?? "answerInvalid";
            setItemErrors((e) => ({ ...e, [itemId]: refusal }));
          }
        }
      } while (again.current);
      return Object.keys(queueRef.current).length === 0;
    } finally {
      inFlight.current = null;
    }
  }, [attemptId, update]);

  const flush = useCallback((): Promise<boolean> => {
    if (inFlight.current) {
      again.current = true;
      return inFlight.current;
    }
    const run = sendAll();
    inFlight.current = run;
    return run;
  }, [sendAll]);

  const enqueue = useCallback(
    (itemId: string, value: unknown, seq: number) => {
      update(withAnswer(queueRef.current, itemId, value, seq));
      void flush();
    },
    [flush, update],
  );

  /** On arrival: whatever an earlier visit left unsent (the caller has merged it with the server's answers). */
  const restore = useCallback(
    (pending: Queue) => {
      update(pending);
      void flush();
    },
    [flush, update],
  );

  useEffect(() => {
    const onOnline = () => void flush();
    window.addEventListener("online", onOnline);
    const timer = window.setInterval(() => Object.keys(queueRef.current).length && void flush(), RETRY_MS);
    return () => {
      window.removeEventListener("online", onOnline);
      window.clearInterval(timer);
    };
  }, [flush]);

  const clear = useCallback(() => update({}), [update]);

  return {
    pending: queue,
    offline,
    itemErrors,
    finalError,
    kept,
    enqueue,
    flush,
    clear,
    restore,
    stored: () => readQueue(window.localStorage, attemptId),
  };
}
