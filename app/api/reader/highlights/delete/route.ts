import { formRoute } from "@/lib/http/routes";
import { deleteHighlightAction } from "@/lib/readings/route-writes";

/** A form in "my highlights": works without JavaScript. */
export const POST = formRoute(deleteHighlightAction);
