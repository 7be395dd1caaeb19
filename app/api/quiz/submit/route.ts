import { submitMyQuizAttempt } from "@/lib/quiz/actions";
import { jsonRoute } from "@/lib/routes";

export const POST = jsonRoute(submitMyQuizAttempt);
