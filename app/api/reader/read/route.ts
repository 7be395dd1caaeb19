import { markMyAssignmentRead } from "@/lib/readings/actions";
import { formRoute } from "@/lib/routes";

/** The "mark as read" button: a form post, so it works without JavaScript. */
export const POST = formRoute(markMyAssignmentRead);
