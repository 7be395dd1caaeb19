import { setMyScript } from "@/lib/readings/actions";
import { formRoute } from "@/lib/routes";

/** The 繁/简 switch: a form post, so it works without JavaScript. */
export const POST = formRoute(setMyScript);
