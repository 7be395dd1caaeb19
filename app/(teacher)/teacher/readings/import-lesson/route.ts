import { db } from "@/lib/db";
import { teacherUpload, uploadText } from "@/lib/http/teacher-upload";
import { importLesson } from "@/lib/lessons/import-lesson";
import { LESSON_MAX_BYTES, parseLessonFile } from "@/lib/lessons/lesson-file";

/**
 * POST a lesson file (the body is the file's JSON); answers {ok, readingId} or {ok: false, errors: [{path,
 * key}]} listing every problem. The new reading is the teacher's own and private.
 */
export const POST = teacherUpload(
  "a lesson import",
  LESSON_MAX_BYTES,
  () => ({ errors: [{ path: "", key: "lessonTooLarge" }] }),
  async (upload) => {
    const parsed = parseLessonFile(uploadText(upload));
    if (!parsed.ok) return Response.json({ ok: false, errors: parsed.errors });
    const { readingId } = await importLesson(db, upload.teacherId, parsed.lesson);
    return Response.json({ ok: true, readingId });
  },
);
