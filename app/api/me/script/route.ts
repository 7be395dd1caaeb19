import { formRoute } from "@/lib/http/routes";
import { setScriptAction } from "@/lib/readings/route-writes";

/** The 繁/简 switch: a form post, so it works without JavaScript. */
export const POST = formRoute(setScriptAction);
