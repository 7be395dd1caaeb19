import Document, { type DocumentContext, type DocumentInitialProps, Head, Html, Main, NextScript } from "next/document";
import { DEFAULT_LOCALE } from "@/i18n/locales";

type Props = DocumentInitialProps & { nonce?: string };

/**
 * <html lang> in the user's language (each page's props carry its shell: components/pages-shell.tsx), and the
 * request's CSP nonce on Next's scripts: the Pages Router does not read it from the policy as the App Router
 * does, so proxy.ts passes it in x-nonce.
 */
export default class AppDocument extends Document<Props> {
  static async getInitialProps(context: DocumentContext): Promise<Props> {
    const initial = await Document.getInitialProps(context);
    const nonce = context.req?.headers["x-nonce"];
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
