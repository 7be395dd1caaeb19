import { deleteMyHighlight } from "@/lib/readings/actions";
import { formRoute } from "@/lib/routes";

/** A form in "my highlights": works without JavaScript. */
export const POST = formRoute(deleteMyHighlight);
