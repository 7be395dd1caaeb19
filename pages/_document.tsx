import Document, { type DocumentContext, type DocumentInitialProps, Head, Html, Main, NextScript } from "next/document";
import { DEFAULT_LOCALE } from "@/i18n/locales";
import {
  contentSecurityPolicy,
  newNonce,
  STRICT_TRANSPORT_SECURITY,
  servedOverHttps,
} from "@/lib/http/security-headers";

type Props = DocumentInitialProps & { nonce?: string };

/**
 * <html lang> in the user's language (each page's props carry its shell: components/pages-shell.tsx), and the
 * Content-Security-Policy with its nonce on Next's scripts. The reader and the quiz, which a whole class opens
 * at once, skip proxy.ts (its matcher) and get the policy here, in the render itself: one pass fewer on the
 * pages under the heaviest load (docs/decisions/0042).
 */
export default class AppDocument extends Document<Props> {
  static async getInitialProps(context: DocumentContext): Promise<Props> {
    const initial = await Document.getInitialProps(context);
    const { req, res } = context;
    let nonce = req?.headers["x-nonce"];
    if (typeof nonce !== "string" && res && !res.headersSent) {
      nonce = newNonce();
      res.setHeader(
        "Content-Security-Policy",
        contentSecurityPolicy(nonce, { dev: process.env.NODE_ENV === "development" }),
      );
      const header = (name: string) => {
        const value = req?.headers[name];
        return typeof value === "string" ? value : null;
      };
      if (servedOverHttps({ get: header })) res.setHeader("Strict-Transport-Security", STRICT_TRANSPORT_SECURITY);
    }
    return { ...initial, nonce: typeof nonce === "string" ? nonce : undefined };
  }

  render() {
    const { nonce } = this.props;
    const locale = (this.props.__NEXT_DATA__.props?.pageProps?.shell?.locale as string | undefined) ?? DEFAULT_LOCALE;
    return (
      <Html lang={locale}>
        <Head nonce={nonce} />
        <body>
          <Main />
          <NextScript nonce={nonce} />
        </body>
      </Html>
    );
  }
}
