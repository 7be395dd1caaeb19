import { jsonRoute } from "@/lib/http/routes";
import { submitAttemptAction } from "@/lib/quiz/route-writes";

export const POST = jsonRoute(submitAttemptAction);
