import { getCurrentUser } from "@/lib/auth";
import { isSameOrigin, readCappedBytes } from "@/lib/http/routes";
import { IMPORT_FILE_MAX_BYTES } from "@/lib/readings/import/file";
import { importReading } from "@/lib/readings/import/import-reading";

// A multipart body carries the file and a few hundred bytes of boundaries and headers.
const BODY_MAX = IMPORT_FILE_MAX_BYTES + 16 * 1024;

/**
 * POST a file (multipart, field "file") or a URL (JSON {url}); answers an ActionResult with the form's
 * fields. A route rather than a server action: server actions take at most 1 MB, and raising that limit
 * would raise it for every action in the app. Same-origin and teachers only, checked before the body is read.
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOrigin(request)) return Response.json({ ok: false, formError: "notAllowed" }, { status: 403 });
  const me = await getCurrentUser();
  if (me?.role !== "TEACHER") return Response.json({ ok: false, formError: "notAllowed" }, { status: 403 });
  const type = request.headers.get("content-type") ?? "";
  const multipart = type.startsWith("multipart/form-data");
  const body = await readCappedBytes(request, BODY_MAX).catch(() => null);
  if (body === null)
    return Response.json(
      { ok: false, fieldErrors: { [multipart ? "file" : "url"]: ["importTooLarge"] } },
      { status: 413 },
    );
  return Response.json(await importReading(multipart ? await fileInput(body, type) : urlInput(body)));
}

async function fileInput(body: Uint8Array, type: string): Promise<unknown> {
  const form = await new Response(Buffer.from(body), { headers: { "content-type": type } })
    .formData()
    .catch(() => null);
  const file = form?.get("file");
  if (!(file instanceof File)) return { kind: "file" };
  return { kind: "file", name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) };
}

function urlInput(body: Uint8Array): unknown {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(body).toString("utf8"));
    return typeof parsed === "object" && parsed !== null ? { ...parsed, kind: "url" } : { kind: "url" };
  } catch {
    return { kind: "url" };
  }
}
