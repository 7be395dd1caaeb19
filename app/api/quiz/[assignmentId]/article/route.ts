import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { assignmentIdParam } from "@/lib/id-schema";
import { notFoundResponse } from "@/lib/not-found-response";
import { readStudentQuiz } from "@/lib/quiz/student-quiz-rows";
import { getReaderView } from "@/lib/readings/reader-view";
import { isScript } from "@/lib/readings/script";

export const dynamic = "force-dynamic";

/**
 * The article beside the quiz, as numbered paragraphs of plain text (the page renders them; no HTML is
 * sent). Apart from the quiz page so that the browser keeps it: every reload of the page during a quiz
 * would otherwise carry the whole text again (docs/decisions/0017). The same students as the quiz page may
 * fetch it; anyone else gets 404. `script` is part of the address, so a switch to 简 is a new entry.
 */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const me = await getCurrentUser();
  const assignmentId = await assignmentIdParam(params);
  const quiz = me?.role === "STUDENT" && assignmentId ? await readStudentQuiz(db, me.id, assignmentId) : null;
  const script = new URL(request.url).searchParams.get("script");
  const view = quiz && quiz.assignment.opensAt <= new Date() && isScript(script) ? await getReaderView(db, quiz.assignment.readingId, script) : null;
  if (!view) return notFoundResponse();
  const body = {
    title: view.title,
    language: view.language,
    paragraphs: view.paragraphs.map((p) => ({ id: p.id, position: p.position, text: p.segments.map((s) => s.text).join("") })),
  };
  // private: only this browser keeps it. An hour covers a lesson; a changed reading shows after that at most.
  return Response.json(body, { headers: { "Cache-Control": "private, max-age=3600" } });
}
