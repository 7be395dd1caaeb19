import { type DocumentProps, Head, Html, Main, NextScript } from "next/document";
import { DEFAULT_LOCALE } from "@/i18n/locales";

/** <html lang> in the user's language: each page's props carry its shell (components/pages-shell.tsx). */
export default function Document(props: DocumentProps) {
  const locale = (props.__NEXT_DATA__.props?.pageProps?.shell?.locale as string | undefined) ?? DEFAULT_LOCALE;
  return (
    <Html lang={locale}>
      <Head />
      <body>
        <Main />
        <NextScript />
      </body>
    </Html>
  );
}
