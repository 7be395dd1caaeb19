import { updateMyHighlightNote } from "@/lib/readings/actions";
import { jsonRoute } from "@/lib/routes";

export const POST = jsonRoute(updateMyHighlightNote);
