import { SERVER_CANNOT_SAVE } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { isDatabaseFault } from "@/lib/db/database-faults";
import { ExpectedError } from "@/lib/errors";
import { isSameOrigin, readCappedBytes } from "@/lib/http/routes";
import { idSchema } from "@/lib/id-schema";
import { BANK_FILE_MAX_BYTES, bankImportSchema, importBankFile } from "@/lib/quiz/bank-files";

const refused = (formError: string, status = 200) => Response.json({ ok: false, formError }, { status });

/**
 * POST a bank file (multipart: format, language, file) into one of the teacher's own readings; answers
 * {ok, added} or {ok: false, errors: [{line, reason, detail}]}. Same-origin and teachers only; another
 * teacher's reading is notFound, as if it did not exist.
 */
export async function POST(request: Request, { params }: { params: Promise<{ readingId: string }> }) {
  if (!isSameOrigin(request)) return refused("notAllowed", 403);
  const me = await getCurrentUser();
  if (me?.role !== "TEACHER") return refused("notAllowed", 403);
  const readingId = idSchema.safeParse((await params).readingId);
  if (!readingId.success) return refused("notFound");
  const type = request.headers.get("content-type") ?? "";
  const body = await readCappedBytes(request, BANK_FILE_MAX_BYTES + 16 * 1024).catch(() => null);
  if (body === null) return refused("importTooLarge", 413);
  const form = await new Response(Buffer.from(body), { headers: { "content-type": type } })
    .formData()
    .catch(() => null);
  const file = form?.get("file");
  const input = bankImportSchema.safeParse({
    format: form?.get("format"),
    language: form?.get("language"),
    text: file instanceof File ? new TextDecoder("utf-8").decode(await file.arrayBuffer()) : undefined,
  });
  if (!input.success) return refused(input.error.issues[0]?.message ?? "required");
  try {
    return Response.json(await importBankFile(db, me.id, readingId.data, input.data));
  } catch (error) {
    if (error instanceof ExpectedError) return refused(error.key);
    if (!isDatabaseFault(error)) throw error;
    console.error(`[${new Date().toISOString()}] a bank import by user ${me.id}: the database refused it:`, error);
    return refused(SERVER_CANNOT_SAVE, 503);
  }
}
