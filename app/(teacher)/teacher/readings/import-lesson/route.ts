import { SERVER_CANNOT_SAVE } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { isDatabaseFault } from "@/lib/db/database-faults";
import { isSameOrigin, readCappedBytes } from "@/lib/http/routes";
import { importLesson } from "@/lib/lessons/import-lesson";
import { LESSON_MAX_BYTES, parseLessonFile } from "@/lib/lessons/lesson-file";

/**
 * POST a lesson file (the body is the file's JSON); answers {ok, readingId} or {ok: false, errors: [{path,
 * key}]} listing every problem. The new reading is the teacher's own and private. A route rather than a
 * server action: a lesson file may pass the 1 MB that server actions take. Same-origin, teachers only.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return Response.json({ ok: false, formError: "notAllowed" }, { status: 403 });
  const me = await getCurrentUser();
  if (me?.role !== "TEACHER") return Response.json({ ok: false, formError: "notAllowed" }, { status: 403 });
  const body = await readCappedBytes(request, LESSON_MAX_BYTES).catch(() => null);
  if (body === null)
    return Response.json({ ok: false, errors: [{ path: "", key: "lessonTooLarge" }] }, { status: 413 });
  const parsed = parseLessonFile(Buffer.from(body).toString("utf8"));
  if (!parsed.ok) return Response.json({ ok: false, errors: parsed.errors });
  try {
    const { readingId } = await importLesson(db, me.id, parsed.lesson);
    return Response.json({ ok: true, readingId });
  } catch (error) {
    // One transaction: a database that refused the write left nothing behind; the teacher can try again.
    if (!isDatabaseFault(error)) throw error;
    console.error(`[${new Date().toISOString()}] a lesson import by user ${me.id}: the database refused it:`, error);
    return Response.json({ ok: false, formError: SERVER_CANNOT_SAVE }, { status: 503 });
  }
}
