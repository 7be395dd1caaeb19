import { SERVER_CANNOT_SAVE } from "@/lib/actions/result";
import { getCurrentUser } from "@/lib/auth";
import { isDatabaseFault } from "@/lib/db/database-faults";
import { isSameOrigin, readCappedBytes } from "./routes";

export type Upload = { teacherId: string; body: Uint8Array; contentType: string };

export const refused = (formError: string, status = 200) => Response.json({ ok: false, formError }, { status });

/**
 * A route that takes a teacher's upload (a Word file, a bank file, a lesson file). A route rather than a server
 * action: an upload may pass the 1 MB that server actions take, and raising that limit would raise it for every
 * action in the app. Same-origin and teachers only, checked before the body is read; the body is read up to
 * `limit` bytes, and past it the answer is `tooLarge`'s, with 413. A database that refuses the write answers
 * SERVER_CANNOT_SAVE with 503 (the upload's writes are one transaction: nothing of it stays), logged as `what`.
 */
export function teacherUpload<Context>(
  what: string,
  limit: number,
  tooLarge: (contentType: string) => object,
  run: (upload: Upload, context: Context) => Promise<Response>,
) {
  return async (request: Request, context: Context): Promise<Response> => {
    if (!isSameOrigin(request)) return refused("notAllowed", 403);
    const cannotSave = (error: unknown, by: string) => {
      if (!isDatabaseFault(error)) throw error;
      console.error(`[${new Date().toISOString()}] ${what} ${by}: the database refused it:`, error);
      return refused(SERVER_CANNOT_SAVE, 503);
    };
    let me: Awaited<ReturnType<typeof getCurrentUser>>;
    try {
      me = await getCurrentUser(); // reads the database too
    } catch (error) {
      return cannotSave(error, "(the session check)");
    }
    if (me?.role !== "TEACHER") return refused("notAllowed", 403);
    const contentType = request.headers.get("content-type") ?? "";
    const body = await readCappedBytes(request, limit).catch(() => null);
    if (body === null) return Response.json({ ok: false, ...tooLarge(contentType) }, { status: 413 });
    try {
      return await run({ teacherId: me.id, body, contentType }, context);
    } catch (error) {
      return cannotSave(error, `by user ${me.id}`);
    }
  };
}

/** A multipart upload's fields, or null when the body is not one. */
export function multipartForm(upload: Upload): Promise<FormData | null> {
  return new Response(Buffer.from(upload.body), { headers: { "content-type": upload.contentType } })
    .formData()
    .catch(() => null);
}

/** The upload as UTF-8 text. */
export const uploadText = (upload: Upload) => Buffer.from(upload.body).toString("utf8");
