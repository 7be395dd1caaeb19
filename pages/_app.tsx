import type { AppProps } from "next/app";
import "../app/globals.css";

// The Pages Router is used for the reader only (docs/decisions/0014); it shares the App Router's styles.
export default function App({ Component, pageProps }: AppProps) {
  return <Component {...pageProps} />;
}
