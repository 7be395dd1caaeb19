import { getLocale } from "next-intl/server";
import { z } from "zod";
import { localeFrom } from "@/i18n/messages";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { loadBoardChanges } from "@/lib/debate/view";
import { notFoundResponse } from "@/lib/http/not-found-response";
import { assignmentIdParam } from "@/lib/id-schema";

export const dynamic = "force-dynamic";

/** `?since=<the board's event number the page last read>`. */
const querySchema = z.object({
  since: z
    .string()
    .regex(/^\d{1,15}$/)
    .transform(Number),
});

/**
 * What changed on a student's board since the page last read it (lib/debate/view.ts loadBoardChanges), as
 * JSON, for the board page to merge (components/debate/live-board.tsx). The same read model as the page, so
 * the same rules decide what each student sees. Only the class's students get an answer (the teacher's pages
 * re-render instead); anyone else, and a malformed request, gets 404.
 */
export async function GET(request: Request, { params }: { params: Promise<{ assignmentId: string }> }) {
  const me = await getCurrentUser();
  const assignmentId = await assignmentIdParam(params);
  const query = querySchema.safeParse({ since: new URL(request.url).searchParams.get("since") });
  if (me?.role !== "STUDENT" || !assignmentId || !query.success) return notFoundResponse();
  const locale = localeFrom(await getLocale());
  const changes = await loadBoardChanges(db, me.id, assignmentId, locale, query.data.since);
  if (!changes) return notFoundResponse();
  return Response.json(changes, { headers: { "Cache-Control": "no-store" } });
}
