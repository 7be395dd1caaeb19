import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { findStudentBoard, findTeacherBoard } from "@/lib/debate/board";
import { type BoardEvent, type BoardEventKind, boardBus, TEACHER_ONLY_EVENTS } from "@/lib/debate/events";
import { notFoundResponse } from "@/lib/http/not-found-response";
import { assignmentIdParam } from "@/lib/id-schema";
import { progressBus } from "@/lib/readings/progress-events";
import { isDraining, onDrain } from "@/lib/server/lifecycle";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 20_000;
/** How long a browser waits before it reconnects after the server said it is restarting (plus its own jitter). */
const RESTART_RETRY_MS = 3_000;

/**
 * Server-sent events for one board: "change" whenever something on it changes (what changed is not sent;
 * the page then fetches its own view, so visibility stays decided by lib/debate/view.ts). Only the class's
 * teacher and students get a stream; anyone else gets 404. A comment line every 20 s keeps proxies and
 * school firewalls from closing an idle connection. When the server stops, each stream says "restart" and
 * ends, and the browser reconnects with backoff (components/live-refresh.tsx) to whichever server answers next.
 */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  if (isDraining()) return restartingResponse();
  const me = await getCurrentUser();
  const assignmentId = await assignmentIdParam(params);
  const board =
    !me || !assignmentId
      ? null
      : me.role === "TEACHER"
        ? await findTeacherBoard(db, me.id, assignmentId)
        : await findStudentBoard(db, me.id, assignmentId);
  if (!board) return notFoundResponse();

  const encoder = new TextEncoder();
  let stop = () => {};
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      const send = (text: string) => {
        try {
          controller.enqueue(encoder.encode(text));
        } catch {
          stop(); // the client went away between two events
        }
      };
      send("retry: 2000\n\n");
      const forMe = (kind: BoardEventKind) => me!.role === "TEACHER" || !TEACHER_ONLY_EVENTS.has(kind);
      const onEvent = (event: BoardEvent) => {
        if (forMe(event.kind))
          send(`event: change\ndata: ${JSON.stringify({ kind: event.kind, at: event.at, seq: event.seq })}\n\n`);
      };
      // The teacher's stream also carries the class's reading progress (their assignment page listens to it).
      const unsubscribes = [
        boardBus.subscribe(board.id, onEvent),
        ...(me!.role === "TEACHER" ? [progressBus.subscribe(board.assignment.id, onEvent)] : []),
      ];
      const unsubscribe = () => {
        for (const off of unsubscribes) off();
      };
      const heartbeat = setInterval(() => send(": keep-alive\n\n"), HEARTBEAT_MS);
      const close = () => {
        stop();
        try {
          controller.close();
        } catch {
          // already closed
        }
      };
      const stopDraining = onDrain(() => {
        send(`event: restart\ndata: ${JSON.stringify({ retryMs: RESTART_RETRY_MS })}\n\n`);
        close();
      });
      stop = () => {
        unsubscribe();
        stopDraining();
        clearInterval(heartbeat);
      };
      request.signal.addEventListener("abort", close);
    },
    cancel() {
      stop();
    },
  });
  return new Response(stream, {
    headers: {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store, no-transform",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    },
  });
}

/** While the server stops: come back later (the browser's backoff takes it from here). */
function restartingResponse() {
  return new Response("restarting", {
    status: 503,
    headers: { "Retry-After": String(RESTART_RETRY_MS / 1000), "Cache-Control": "no-store" },
  });
}
