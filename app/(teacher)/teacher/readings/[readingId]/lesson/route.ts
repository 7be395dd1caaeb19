import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { attachmentDisposition } from "@/lib/http/download";
import { notFoundResponse } from "@/lib/http/not-found-response";
import { idSchema } from "@/lib/id-schema";
import { exportLesson } from "@/lib/lessons/export-lesson";

/**
 * The reading as a lesson file (docs/decisions/0036), for another installation: any reading this teacher may
 * open (theirs, shared, the library's). Anyone else gets the same 404 as for a reading that does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ readingId: string }> }) {
  const me = await getCurrentUser();
  const readingId = idSchema.safeParse((await params).readingId);
  if (me?.role !== "TEACHER" || !readingId.success) return notFoundResponse();
  const lesson = await exportLesson(db, me.id, readingId.data);
  if (!lesson) return notFoundResponse();
  return new Response(`${JSON.stringify(lesson, null, 2)}\n`, {
    headers: {
      "Content-Type": "application/json; charset=utf-8",
      "Content-Disposition": attachmentDisposition(`${lesson.reading.title}.lesson.json`, "reading.lesson.json"),
      "Cache-Control": "private, no-store",
    },
  });
}
