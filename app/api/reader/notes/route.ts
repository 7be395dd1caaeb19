import { jsonRoute } from "@/lib/http/routes";
import { updateHighlightNoteAction } from "@/lib/readings/route-writes";

export const POST = jsonRoute(updateHighlightNoteAction);
