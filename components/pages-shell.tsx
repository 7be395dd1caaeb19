import Head from "next/head";
import type { Shell } from "@/lib/site-header";
import { SiteFooterView, SiteHeaderView } from "./site-header-view";

/** What app/layout.tsx gives App Router pages, for the Pages Router ones: title, skip link, header, main. */
export function PagesShell({ shell, children }: { shell: Shell; children: React.ReactNode }) {
  return (
    <>
      <Head>
        <title>{shell.pageTitle}</title>
      </Head>
      <a href="#main" className="skip-link">
        {shell.skipToContent}
      </a>
      <SiteHeaderView me={shell.header.me} locale={shell.locale} labels={shell.header.labels} />
      <main id="main" tabIndex={-1}>
        {children}
      </main>
      <SiteFooterView labels={shell.header.labels} />
    </>
  );
}
