import type { Locale } from "@/i18n/locales";
import type { Role } from "@/lib/auth/roles";

// The shapes the header and the Pages Router shell are drawn from. Types only: the views in components/
// import them (erased from the bundle), and lib/site-header-labels.ts fills them on the server.

export type HeaderUser = { role: Role; isAdmin?: boolean; displayName: string } | null;

export type HeaderLabels = Record<
  | "appName"
  | "navLabel"
  | "myClasses"
  | "readings"
  | "admin"
  | "privacy"
  | "myAssignments"
  | "join"
  | "account"
  | "signOut"
  | "signIn"
  | "signedInAs"
  | "menu"
  | "languageLabel"
  | Locale,
  string
>;

/** The page-wide text and user of a Pages Router page, worked out in getServerSideProps. */
export type Shell = {
  locale: Locale;
  pageTitle: string;
  skipToContent: string;
  header: { me: HeaderUser; labels: HeaderLabels };
};
