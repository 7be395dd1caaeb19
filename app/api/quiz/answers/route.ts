import { jsonRoute } from "@/lib/http/routes";
import { saveAnswerAction } from "@/lib/quiz/route-writes";

export const POST = jsonRoute(saveAnswerAction);
