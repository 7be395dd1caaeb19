import { multipartForm, teacherUpload, type Upload, uploadText } from "@/lib/http/teacher-upload";
import { IMPORT_FILE_MAX_BYTES } from "@/lib/readings/import/file";
import { importReading } from "@/lib/readings/import/import-reading";

const isMultipart = (contentType: string) => contentType.startsWith("multipart/form-data");

/**
 * POST a file (multipart, field "file") or a URL (JSON {url}); answers an ActionResult with the form's
 * fields. A multipart body carries the file and a few hundred bytes of boundaries and headers.
 */
export const POST = teacherUpload(
  "a reading import",
  IMPORT_FILE_MAX_BYTES + 16 * 1024,
  (contentType) => ({ fieldErrors: { [isMultipart(contentType) ? "file" : "url"]: ["importTooLarge"] } }),
  async (upload) =>
    Response.json(await importReading(isMultipart(upload.contentType) ? await fileInput(upload) : urlInput(upload))),
);

async function fileInput(upload: Upload): Promise<unknown> {
  const file = (await multipartForm(upload))?.get("file");
  if (!(file instanceof File)) return { kind: "file" };
  return { kind: "file", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function urlInput(upload: Upload): unknown {
  try {
    const parsed: unknown = JSON.parse(uploadText(upload));
    return typeof parsed === "object" && parsed !== null ? { ...parsed, kind: "url" } : { kind: "url" };
  } catch {
    return { kind: "url" };
  }
}
