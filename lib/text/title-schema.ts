import { z } from "zod";
import { withoutBidiControls } from "./bidi";

/** A title someone gives a reading or an assignment: required, at most 200 characters, no bidi controls. */
export const titleSchema = z
  .string()
  .overwrite(withoutBidiControls)
  .trim()
  .min(1, { error: "required" })
  .max(200, { error: "titleTooLong" });
