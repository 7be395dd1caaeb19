import { formRoute } from "@/lib/http/routes";
import { markAsReadAction } from "@/lib/readings/route-writes";

/** The "mark as read" button: a form post, so it works without JavaScript. */
export const POST = formRoute(markAsReadAction);
