import { saveMyHighlight } from "@/lib/readings/actions";
import { jsonRoute } from "@/lib/routes";

export const POST = jsonRoute(saveMyHighlight);
