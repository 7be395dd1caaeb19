import { db } from "@/lib/db";
import { ExpectedError } from "@/lib/errors";
import { multipartForm, refused, teacherUpload } from "@/lib/http/teacher-upload";
import { idSchema } from "@/lib/id-schema";
import { BANK_FILE_MAX_BYTES, bankImportSchema, importBankFile } from "@/lib/quiz/bank-files";

/**
 * POST a bank file (multipart: format, language, file) into one of the teacher's own readings; answers
 * {ok, added} or {ok: false, errors: [{line, reason, detail}]}. Another teacher's reading is notFound, as if it
 * did not exist. A multipart body carries the file and a few hundred bytes of boundaries and headers.
 */
export const POST = teacherUpload(
  "a bank import",
  BANK_FILE_MAX_BYTES + 16 * 1024,
  () => ({ formError: "importTooLarge" }),
  async (upload, { params }: { params: Promise<{ readingId: string }> }) => {
    const readingId = idSchema.safeParse((await params).readingId);
    if (!readingId.success) return refused("notFound");
    const form = await multipartForm(upload);
    const file = form?.get("file");
    const input = bankImportSchema.safeParse({
      format: form?.get("format"),
      language: form?.get("language"),
      text: file instanceof File ? new TextDecoder("utf-8").decode(await file.arrayBuffer()) : undefined,
    });
    if (!input.success) return refused(input.error.issues[0]?.message ?? "required");
    try {
      return Response.json(await importBankFile(db, upload.teacherId, readingId.data, input.data));
    } catch (error) {
      if (error instanceof ExpectedError) return refused(error.key);
      throw error;
    }
  },
);
