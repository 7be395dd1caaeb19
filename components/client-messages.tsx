import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

const CLIENT_NAMESPACES = ["errors", "signIn", "signUp", "join", "account", "teacherHome", "classPage", "assignmentForm", "quizSettings", "debateTeacher"] as const;

/**
 * Gives client components their translations. Only the sections with interactive forms use it, so pages
 * without (the reader above all) ship neither the catalog nor next-intl's formatter to the browser. A page
 * that needs only some namespaces (the student's quiz) names them.
 */
export async function ClientMessages({ children, namespaces = CLIENT_NAMESPACES }: { children: React.ReactNode; namespaces?: readonly string[] }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]))}>{children}</NextIntlClientProvider>;
}
