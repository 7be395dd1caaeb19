import "server-only";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { fail } from "@/lib/errors";
import { limiters } from "@/lib/http/rate-limit";
import { toDraft } from "./draft";
import { importFile } from "./file";
import { ImportError } from "./types";
import { importUrl } from "./url";

/**
 * An import for the new-reading form: a file (.docx, .txt, .md) or a web page, turned into form fields the
 * teacher checks before saving. Nothing is stored here; the reading is created only when the form is saved.
 * Teachers only, and a limited number per teacher (the server must not become a page fetcher for a script).
 */
export const importReadingSchema = z.discriminatedUnion(
  "kind",
  [
    z.object({
      kind: z.literal("file"),
      name: z.string().min(1, { error: "required" }).max(255, { error: "importWrongType" }),
      bytes: z.instanceof(Uint8Array, { error: "required" }),
    }),
    z.object({
      kind: z.literal("url"),
      url: z
        .string({ error: "required" })
        .trim()
        .min(1, { error: "required" })
        .max(2000, { error: "importUrlInvalid" }),
    }),
  ],
  { error: "required" },
);

export const importReading = action(importReadingSchema, ["TEACHER"], async (input, me) => {
  if (!(await limiters.readingImports.take(me.id))) fail("importTooMany", input.kind);
  try {
    return toDraft(input.kind === "file" ? await importFile(input.name, input.bytes) : await importUrl(input.url));
  } catch (error) {
    if (error instanceof ImportError) fail(error.code, input.kind);
    throw error;
  }
});
