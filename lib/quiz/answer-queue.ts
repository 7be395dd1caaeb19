/**
 * The browser's queue of answers not yet confirmed by the server, kept in localStorage per attempt so a
 * closed tab, a dropped connection or a reload loses nothing. Only the newest value per item is kept: the
 * server keeps the newest by `seq` anyway (see saveAnswer), so older ones need never be sent.
 */
export type Pending = { value: unknown; seq: number };
export type Queue = Readonly<Record<string, Pending>>;

const storageKey = (attemptId: string) => `quiz-queue:${attemptId}`;

export function readQueue(storage: Storage | undefined, attemptId: string): Queue {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(storageKey(attemptId)) ?? "{}");
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) return {};
    const queue: Record<string, Pending> = {};
    for (const [itemId, entry] of Object.entries(parsed)) {
      if (entry && typeof entry === "object" && "value" in entry && Number.isInteger((entry as Pending).seq))
        queue[itemId] = entry as Pending;
    }
    return queue;
  } catch {
    return {};
  }
}

export function writeQueue(storage: Storage | undefined, attemptId: string, queue: Queue): void {
  try {
    if (Object.keys(queue).length === 0) storage?.removeItem(storageKey(attemptId));
    else storage?.setItem(storageKey(attemptId), JSON.stringify(queue));
  } catch {
    // Storage full or blocked (private mode): the answer is still in memory and is being sent.
  }
}

export function withAnswer(queue: Queue, itemId: string, value: unknown, seq: number): Queue {
  return { ...queue, [itemId]: { value, seq } };
}

/** Drops an item once the server has confirmed `seq`, unless a newer answer was queued meanwhile. */
export function withoutConfirmed(queue: Queue, itemId: string, seq: number): Queue {
  const entry = queue[itemId];
  if (!entry || entry.seq > seq) return queue;
  const { [itemId]: _, ...rest } = queue;
  return rest;
}

/**
 * What the student sees on arrival: the server's saved answers, overridden by anything newer still waiting
 * in this browser's queue (answered offline, then the tab was closed).
 */
export function mergeWithSaved(saved: Readonly<Record<string, Pending>>, queue: Queue) {
  const values: Record<string, unknown> = {};
  const seqs: Record<string, number> = {};
  for (const [itemId, s] of Object.entries(saved)) {
    values[itemId] = s.value;
    seqs[itemId] = s.seq;
  }
  let pending: Queue = {};
  for (const [itemId, q] of Object.entries(queue)) {
    if (q.seq > (seqs[itemId] ?? -1)) {
      values[itemId] = q.value;
      seqs[itemId] = q.seq;
      pending = withAnswer(pending, itemId, q.value, q.seq);
    }
  }
  return { values, seqs, pending };
}
