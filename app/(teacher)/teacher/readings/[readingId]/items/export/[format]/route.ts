import { getLocale } from "next-intl/server";
import { contentLanguage } from "@/i18n/locales";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { attachmentDisposition, safeFileName } from "@/lib/http/download";
import { notFoundResponse } from "@/lib/http/not-found-response";
import { idSchema } from "@/lib/id-schema";
import { BANK_FORMATS, exportBankFile } from "@/lib/quiz/bank-files";

const EXTENSION = { gift: "gift.txt", aiken: "aiken.txt", csv: "csv" } as const;

/**
 * The reading's current items as a GIFT, Aiken or CSV file; GIFT and Aiken in the teacher's UI language.
 * Any reading the teacher may open; anyone else gets the same 404 as for a reading that does not exist.
 */
export async function GET(_request: Request, { params }: { params: Promise<{ readingId: string; format: string }> }) {
  const me = await getCurrentUser();
  const { readingId, format } = await params;
  const id = idSchema.safeParse(readingId);
  const kind = BANK_FORMATS.find((f) => f === format);
  if (me?.role !== "TEACHER" || !id.success || !kind) return notFoundResponse();
  const file = await exportBankFile(db, me.id, id.data, kind, contentLanguage(await getLocale()));
  if (!file) return notFoundResponse();
  const name = `${safeFileName(file.title) || "bank"}.${EXTENSION[kind]}`;
  return new Response(file.text, {
    headers: {
      "Content-Type": kind === "csv" ? "text/csv; charset=utf-8" : "text/plain; charset=utf-8",
      "Content-Disposition": attachmentDisposition(name, `bank.${EXTENSION[kind]}`),
      "Cache-Control": "private, no-store",
    },
  });
}
