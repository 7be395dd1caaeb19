import { z } from "zod";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { findStudentBoard, findTeacherBoard } from "@/lib/debate/board";
import { boardEventStream, RESTART_RETRY_MS } from "@/lib/debate/event-stream";
import { authorBus, boardBus, latestEventSeq } from "@/lib/debate/events";
import { notFoundResponse } from "@/lib/http/not-found-response";
import { assignmentIdParam } from "@/lib/id-schema";
import { progressBus } from "@/lib/readings/progress-events";
import { isDraining } from "@/lib/server/lifecycle";

export const dynamic = "force-dynamic";

/** `?after=<last event number seen>&again=1` (reconnecting); anything else there is ignored. */
const querySchema = z.object({
  after: z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number)
    .nullable()
    .catch(null),
  again: z.literal("1").nullable().catch(null),
});

/**
 * Server-sent events for one board (lib/debate/event-stream.ts). Only the class's teacher and students get a
 * stream; anyone else gets 404. While the server stops, 503 (the browser's backoff takes it from there,
 * components/live-refresh.tsx, to whichever server answers next).
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

  const search = new URL(request.url).searchParams;
  const { after, again } = querySchema.parse({ after: search.get("after"), again: search.get("again") });
  const stream = boardEventStream({
    debateId: board.id,
    assignmentId: board.assignment.id,
    teacher: me!.role === "TEACHER",
    viewerId: me!.id,
    after,
    again: again !== null,
    boards: boardBus,
    progress: progressBus,
    authors: authorBus,
    latestSeq: () => latestEventSeq(db, board.id),
    signal: request.signal,
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

/** While the server stops: come back later. */
function restartingResponse() {
  return new Response("restarting", {
    status: 503,
    headers: { "Retry-After": String(RESTART_RETRY_MS / 1000), "Cache-Control": "no-store" },
  });
}
