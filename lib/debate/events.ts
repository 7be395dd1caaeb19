import { EventEmitter } from "node:events";

/**
 * Live updates for a board. An event says only *that* something changed on a board (and what kind), never
 * the content: each client then fetches its own view, so who may see what stays decided on the server in
 * one place (an anonymous board, a hidden post, the opening phase).
 *
 * The bus is a seam: this process's memory today (the app runs as one process). For several server
 * instances, a pub/sub bus with the same two methods (Redis, or PostgreSQL's LISTEN/NOTIFY) goes here, and
 * `seq` must then come from a counter the instances share (e.g. Redis INCR per board); not built yet.
 */
export type BoardEventKind = "post" | "rating" | "phase" | "moderation" | "settings" | "report" | "progress";
/**
 * Changes only the teacher's view shows (a student's report is private; the class's reading progress,
 * lib/readings/progress-events.ts): not streamed to students.
 */
export const TEACHER_ONLY_EVENTS: ReadonlySet<BoardEventKind> = new Set(["report", "progress"]);
/**
 * `seq` grows by one per event in this process, so a client (or the benchmark) can tell whether it missed one,
 * and starts from the process's start time in microseconds, so it never goes backwards across a restart
 * (a later process starts above anything an earlier one reached, unless that one averaged over 1,000 events a
 * millisecond, or the clock was set back).
 */
export type BoardEvent = { debateId: string; kind: BoardEventKind; at: number; seq: number };

export interface BoardBus {
  publish(event: BoardEvent): void;
  /** Returns the unsubscribe function. */
  subscribe(debateId: string, listener: (event: BoardEvent) => void): () => void;
}

export function createMemoryBus(): BoardBus {
  const emitter = new EventEmitter();
  // One listener per open browser tab on a board: a class of 40 plus the teacher is well past Node's default 10.
  emitter.setMaxListeners(0);
  return {
    publish: (event) => void emitter.emit(event.debateId, event),
    subscribe(debateId, listener) {
      emitter.on(debateId, listener);
      return () => emitter.off(debateId, listener);
    },
  };
}

// One bus per server process, kept on globalThis so Next's separately bundled route handlers and server
// actions share it.
const globalBus = globalThis as unknown as { classroomBoardBus?: BoardBus };
export const boardBus: BoardBus = (globalBus.classroomBoardBus ??= createMemoryBus());

const counter = globalThis as unknown as { classroomBoardSeq?: number };

export function announce(debateId: string, kind: BoardEventKind): void {
  counter.classroomBoardSeq = (counter.classroomBoardSeq ?? Date.now() * 1000) + 1;
  boardBus.publish({ debateId, kind, at: Date.now(), seq: counter.classroomBoardSeq });
}
