import { jsonRoute } from "@/lib/http/routes";
import { recordProgressAction } from "@/lib/readings/route-writes";

export const POST = jsonRoute(recordProgressAction);
