import { z } from "zod";
import { idSchema as id } from "@/lib/id-schema";
import { clientKeySchema } from "@/lib/idempotency";
import { isScript } from "./script";

export const NOTE_MAX = 2000;

export const noteSchema = z
  .string()
  .max(NOTE_MAX, { error: "noteTooLong" })
  .transform((s) => s.trim());

export const saveHighlightSchema = z.object({
  assignmentId: id,
  paragraphId: id,
  start: z.coerce.number().int().min(0),
  end: z.coerce.number().int().min(1),
  /** The selected text as the student saw it, in the script they saw: checked against the original. */
  text: z.string().min(1).max(4000),
  script: z.string().refine(isScript),
  note: noteSchema.default(""),
  clientKey: clientKeySchema,
});

export const updateNoteSchema = z.object({ highlightId: id, note: noteSchema });
export const highlightIdSchema = z.object({ highlightId: id });
export const progressSchema = z.object({ assignmentId: id, position: z.coerce.number().int().min(1).max(100_000) });
export const markReadSchema = z.object({
  assignmentId: id,
  read: z.enum(["true", "false"]).transform((v) => v === "true"),
});
export const scriptSchema = z.object({ script: z.string().refine(isScript, { error: "notAllowed" }) });
