import { createHmac, hkdfSync, randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

type Env = Record<string, string | undefined>;

export type AuthSecret = { secret: string; source: "env" | "file" | "generated" };

/**
 * NEXTAUTH_SECRET signs session cookies, and the server-action key is derived from it (below). If the
 * environment does not set it, one is generated on first run and kept in ./data (git-ignored), so sessions
 * survive restarts without anyone handling a secret. Servers sharing a database must share it
 * (lib/setup/shared-secret.ts checks that on PostgreSQL).
 */
export function ensureAuthSecret(root = process.cwd(), env: Env = process.env): AuthSecret {
  return readAuthSecret(root, env) ?? generateAuthSecret(root);
}

/** The secret from NEXTAUTH_SECRET or from data/nextauth-secret, or null when there is none yet. */
export function readAuthSecret(root = process.cwd(), env: Env = process.env): AuthSecret | null {
  const fromEnv = env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return { secret: fromEnv, source: "env" };
  const file = secretFile(root);
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored) return { secret: stored, source: "file" };
  }
  return null;
}

export function generateAuthSecret(root = process.cwd()): AuthSecret {
  const file = secretFile(root);
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, source: "generated" };
}

export const secretFile = (root: string) => path.join(root, "data", "nextauth-secret");

/**
 * Next's key for server actions (NEXT_SERVER_ACTIONS_ENCRYPTION_KEY, read at build time): 32 bytes derived
 * from NEXTAUTH_SECRET, so servers built on different machines with the same secret accept each other's
 * forms, and only one secret has to be copied between them.
 */
export function serverActionsKey(secret: string): string {
  return Buffer.from(hkdfSync("sha256", secret, "classroom", "next-server-actions", 32)).toString("base64");
}

/** What the database keeps to compare secrets without holding one: an HMAC of a fixed text. */
export function secretCheck(secret: string): string {
  return createHmac("sha256", secret).update("classroom deployment key check").digest("hex");
}
