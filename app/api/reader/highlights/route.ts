import { jsonRoute } from "@/lib/http/routes";
import { saveHighlightAction } from "@/lib/readings/route-writes";

export const POST = jsonRoute(saveHighlightAction);
