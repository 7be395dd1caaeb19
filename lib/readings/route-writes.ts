import "server-only";
import { action } from "@/lib/actions/action";
import { db } from "@/lib/db";
import { deleteHighlight, saveHighlight, updateHighlightNote } from "./highlights";
import { markAsRead, recordProgress } from "./progress";
import {
  highlightIdSchema,
  markReadSchema,
  progressSchema,
  saveHighlightSchema,
  scriptSchema,
  updateNoteSchema,
} from "./schema";

// The reader's writes. The reader is a Pages Router page (docs/decisions/0014), so these are served by
// route handlers under app/api/reader and app/api/me rather than as server actions.

/** Sent as the student selects text; the range is checked against the original. */
export const saveHighlightAction = action(saveHighlightSchema, ["STUDENT"], (input, me) =>
  saveHighlight(db, me.id, input),
);

export const updateHighlightNoteAction = action(updateNoteSchema, ["STUDENT"], (input, me) =>
  updateHighlightNote(db, me.id, input),
);

export const deleteHighlightAction = action(highlightIdSchema, ["STUDENT"], (input, me) =>
  deleteHighlight(db, me.id, input.highlightId),
);

/** Sent by the reader as paragraphs scroll into view (every two seconds at most). */
export const recordProgressAction = action(progressSchema, ["STUDENT"], (input, me) =>
  recordProgress(db, me.id, input),
);

export const markAsReadAction = action(markReadSchema, ["STUDENT"], (input, me) => markAsRead(db, me.id, input));

/** The 繁/简 switch: remembered per person. */
export const setScriptAction = action(scriptSchema, ["STUDENT", "TEACHER"], async (input, me) => {
  await db.user.update({ where: { id: me.id }, data: { preferredScript: input.script } });
});
