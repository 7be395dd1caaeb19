import { type BoardBus, createMemoryBus } from "@/lib/debate/events";

/**
 * "A student's reading progress changed" for an assignment, so its teacher's page updates as the class reads
 * (no content: the page reads its own view again). Streamed on the assignment's board stream, to its teacher
 * only (app/api/debate/[assignmentId]/events). In this process's memory, like the board's bus.
 */
const global = globalThis as unknown as { classroomProgressBus?: BoardBus; classroomProgressSeq?: number };
export const progressBus: BoardBus = (global.classroomProgressBus ??= createMemoryBus());

export function announceProgress(assignmentId: string): void {
  global.classroomProgressSeq = (global.classroomProgressSeq ?? Date.now() * 1000) + 1;
  progressBus.publish({ debateId: assignmentId, kind: "progress", at: Date.now(), seq: global.classroomProgressSeq });
}
