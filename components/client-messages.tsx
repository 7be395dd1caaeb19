import { type Messages, NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

const CLIENT_NAMESPACES = [
  "errors",
  "signIn",
  "signUp",
  "resetPassword",
  "join",
  "account",
  "teacherHome",
  "classPage",
  "assignmentForm",
  "quizSettings",
  "debateTeacher",
  "debateRubric",
  "library",
  "bank",
] as const;

/**
 * Gives client components their translations. Only the sections with interactive forms use it, so pages
 * without ship neither the catalog nor next-intl's formatter to the browser. A section that needs only
 * some namespaces names them. (The Pages Router pages, the reader and the student's quiz, do not use it.)
 */
export async function ClientMessages({
  children,
  namespaces = CLIENT_NAMESPACES,
}: {
  children: React.ReactNode;
  namespaces?: readonly (keyof Messages)[];
}) {
  const messages = await getMessages();
  return (
    <NextIntlClientProvider messages={Object.fromEntries(namespaces.map((ns) => [ns, messages[ns]]))}>
      {children}
    </NextIntlClientProvider>
  );
}
