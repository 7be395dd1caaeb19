import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * A fingerprint of everything the build is made from. `npm start` rebuilds when it differs from the one
 * stored with the last build, so `git pull && npm start` never serves an old build on a new schema.
 */
const SOURCES = [
  "app",
  "pages",
  "components",
  "lib",
  "i18n",
  "proxy.ts",
  "instrumentation.ts",
  "messages",
  "prisma/schema.prisma",
  "next.config.js",
  "package-lock.json",
  "tsconfig.json",
];
const STAMP = ".next/source-stamp";

export function sourceFingerprint(root = process.cwd()): string {
  const hash = createHash("sha256");
  const visit = (relative: string) => {
    const full = path.join(root, relative);
    if (!existsSync(full) || relative.startsWith(path.join("lib", "generated"))) return;
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) visit(path.join(relative, name));
    } else {
      hash.update(relative).update("\0").update(readFileSync(full)).update("\0");
    }
  };
  SOURCES.forEach(visit);
  return hash.digest("hex");
}

export function buildIsCurrent(root = process.cwd()): boolean {
  const stamp = path.join(root, STAMP);
  return (
    existsSync(path.join(root, ".next/BUILD_ID")) &&
    existsSync(stamp) &&
    readFileSync(stamp, "utf8") === sourceFingerprint(root)
  );
}

export function stampBuild(root = process.cwd()): void {
  writeFileSync(path.join(root, STAMP), sourceFingerprint(root));
}

const ACTIONS_KEY_CHECK = ".next/actions-key-check";
const keyCheck = (key: string) => createHash("sha256").update(key).digest("hex").slice(0, 16);

/** Records (a hash of) the server-action key the build was made with. */
export function stampActionsKey(key: string, root = process.cwd()): void {
  writeFileSync(path.join(root, ACTIONS_KEY_CHECK), keyCheck(key));
}

/**
 * Whether the build was made with this server-action key. Servers on several machines sharing a PostgreSQL
 * database need the same key in every build (it is built in), so `npm start` rebuilds there when it differs.
 */
export function buildHasActionsKey(key: string, root = process.cwd()): boolean {
  const file = path.join(root, ACTIONS_KEY_CHECK);
  return existsSync(file) && readFileSync(file, "utf8") === keyCheck(key);
}

/** The build id: the same sources make the same id on every machine (Next's own is random per build). */
export function buildId(root = process.cwd()): string {
  return sourceFingerprint(root).slice(0, 24);
}
