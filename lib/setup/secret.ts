import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";

/**
 * NEXTAUTH_SECRET signs session cookies. If the environment does not set it, one is generated on first
 * run and kept in ./data (git-ignored), so sessions survive restarts without anyone handling a secret.
 */
export function ensureAuthSecret(root = process.cwd()): { secret: string; source: "env" | "file" | "generated" } {
  const fromEnv = process.env.NEXTAUTH_SECRET?.trim();
  if (fromEnv) return { secret: fromEnv, source: "env" };
  const file = path.join(root, "data", "nextauth-secret");
  if (existsSync(file)) {
    const stored = readFileSync(file, "utf8").trim();
    if (stored) return { secret: stored, source: "file" };
  }
  mkdirSync(path.dirname(file), { recursive: true });
  const secret = randomBytes(32).toString("base64url");
  writeFileSync(file, `${secret}\n`, { mode: 0o600 });
  return { secret, source: "generated" };
}
