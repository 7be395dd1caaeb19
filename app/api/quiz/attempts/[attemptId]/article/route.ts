import { createHash } from "node:crypto";
import { hasOpened } from "@/lib/access";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { notFoundResponse } from "@/lib/http/not-found-response";
import { idSchema } from "@/lib/id-schema";
import { readOwnAttempt } from "@/lib/quiz/student-quiz-rows";
import { getReaderView, type ReaderView } from "@/lib/readings/reader-view";
import { isScript } from "@/lib/readings/script";

export const dynamic = "force-dynamic";

/**
 * The article beside a quiz attempt, as numbered paragraphs of plain text (the page renders them; no HTML
 * is sent). Apart from the quiz page so that a reload during the quiz does not carry the whole text again
 * (docs/decisions/0017): the student's browser keeps it for an hour (`private`), then asks whether it
 * changed (a 304 of a few bytes). Only the student whose attempt it is, while it is in progress, gets it;
 * anyone else gets 404. The quiz page, which is checked on every load, is what links to it; the address
 * names the attempt, so a new attempt or another student never meets a kept copy. `script` (繁 or 简) is
 * part of the address.
 */
export async function GET(request: Request, { params }: { params: Promise<{ attemptId: string }> }) {
  const me = await getCurrentUser();
  const attemptId = idSchema.safeParse((await params).attemptId);
  const own = me?.role === "STUDENT" && attemptId.success ? await readOwnAttempt(db, me.id, attemptId.data) : null;
  const script = new URL(request.url).searchParams.get("script");
  const open = own && own.attempt.status === "in_progress" && hasOpened(own.quiz.assignment, new Date());
  const view = open && isScript(script) ? await getReaderView(db, own.quiz.assignment.readingId, script) : null;
  if (!view) return notFoundResponse();
  const { body, etag } = articleJson(view);
  const headers = { "Cache-Control": "private, max-age=3600", ETag: etag };
  if (request.headers.get("if-none-match") === etag) return new Response(null, { status: 304, headers });
  return new Response(body, { headers: { ...headers, "Content-Type": "application/json; charset=utf-8" } });
}

// Views are kept per reading and script (getReaderView), so each one's JSON and its tag are made once.
const made = new WeakMap<ReaderView, { body: string; etag: string }>();

function articleJson(view: ReaderView) {
  let article = made.get(view);
  if (!article) {
    const body = JSON.stringify({
      title: view.title,
      language: view.language,
      paragraphs: view.paragraphs.map((p) => ({
        id: p.id,
        position: p.position,
        text: p.segments.map((s) => s.text).join(""),
      })),
    });
    article = { body, etag: `"${createHash("sha256").update(body).digest("base64url").slice(0, 27)}"` };
    made.set(view, article);
  }
  return article;
}
