import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";

const CLIENT_NAMESPACES = ["errors", "signIn", "signUp", "join", "account", "teacherHome", "classPage", "assignmentForm"] as const;

/**
 * Gives client components their translations. Only the sections with interactive forms use it, so pages
 * without (the reader above all) ship neither the catalog nor next-intl's formatter to the browser.
 */
export async function ClientMessages({ children }: { children: React.ReactNode }) {
  const messages = await getMessages();
  return <NextIntlClientProvider messages={Object.fromEntries(CLIENT_NAMESPACES.map((ns) => [ns, messages[ns]]))}>{children}</NextIntlClientProvider>;
}
