import { type BoardBus, topicBus } from "@/lib/debate/events";

/**
 * "A student's reading progress changed" for an assignment, so its teacher's page updates as the class reads
 * (no content: the page reads its own view again). Streamed on the assignment's board stream, to its teacher
 * only (app/api/debate/[assignmentId]/events), on the same live bus as the board's events. Not numbered: a
 * teacher's page whose stream reconnects fetches its view once anyway.
 */
export const progressBus: BoardBus = topicBus("progress");

export async function announceProgress(assignmentId: string): Promise<void> {
  await progressBus.publish({ debateId: assignmentId, kind: "progress", at: Date.now(), seq: 0 });
}
