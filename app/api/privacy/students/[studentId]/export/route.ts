import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { localeFrom, MESSAGES } from "@/i18n/messages";
import { getCurrentUser } from "@/lib/auth";
import { db } from "@/lib/db";
import { ExpectedError } from "@/lib/errors";
import { attachmentDisposition } from "@/lib/http/download";
import { notFoundResponse } from "@/lib/http/not-found-response";
import { idSchema } from "@/lib/id-schema";
import { studentDataHtml } from "@/lib/privacy/export-html";
import { studentDataScope } from "@/lib/privacy/scope";
import { studentDataExport } from "@/lib/privacy/student-export";
import { DATE_TIME } from "@/lib/time/formats";

/**
 * GET ?format=json|html: all of a student's data as one file, for the student, a teacher of their class
 * (that class's part) or an administrator (lib/privacy/scope.ts); 404 for anyone else, as for an unknown id.
 */
export async function GET(request: Request, { params }: { params: Promise<{ studentId: string }> }) {
  const me = await getCurrentUser();
  const studentId = idSchema.safeParse((await params).studentId);
  if (!me || !studentId.success) return notFoundResponse();
  let scope: Awaited<ReturnType<typeof studentDataScope>>;
  try {
    scope = await studentDataScope(db, me, studentId.data);
  } catch (error) {
    if (error instanceof ExpectedError) return notFoundResponse();
    throw error;
  }
  const data = await studentDataExport(db, scope);
  const html = new URL(request.url).searchParams.get("format") === "html";
  const name = `${data.account.displayName} (${data.account.loginName})`;
  const headers: Record<string, string> = { "Cache-Control": "no-store" };
  if (!html) {
    headers["Content-Type"] = "application/json; charset=utf-8";
    headers["Content-Disposition"] = attachmentDisposition(`${name}.json`, "student-data.json");
    return new Response(JSON.stringify(data, null, 2), { headers });
  }
  const [t, format, locale] = await Promise.all([getTranslations("privacyExport"), getFormatter(), getLocale()]);
  const page = studentDataHtml(
    data,
    {
      title: t("title", { name }),
      intro: t("intro", {
        date: format.dateTime(new Date(data.exportedAt), DATE_TIME),
        scope: scope.classroomIds === "all" ? t("scopeAll") : t("scopeTeacher"),
      }),
      sections: MESSAGES[localeFrom(locale)].privacyExport.sections,
      fields: MESSAGES[localeFrom(locale)].privacyExport.fields,
      yes: t("yes"),
      no: t("no"),
      none: t("none"),
      formatDate: (date) => format.dateTime(date, DATE_TIME),
    },
    locale,
  );
  headers["Content-Type"] = "text/html; charset=utf-8";
  headers["Content-Disposition"] = attachmentDisposition(`${name}.html`, "student-data.html");
  // Opened from the server by mistake, it may still not run anything.
  headers["Content-Security-Policy"] = "default-src 'none'; style-src 'unsafe-inline'";
  return new Response(page, { headers });
}
