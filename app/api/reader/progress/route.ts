import { recordMyProgress } from "@/lib/readings/actions";
import { jsonRoute } from "@/lib/routes";

export const POST = jsonRoute(recordMyProgress);
