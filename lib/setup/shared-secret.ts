import { createDb } from "@/lib/db/client";
import type { DatabaseTarget } from "@/lib/db/database-url";
import { isUniqueViolation } from "@/lib/db/errors";
import { type AuthSecret, generateAuthSecret, readAuthSecret, secretCheck } from "./secret";

export class SharedSecretError extends Error {
  override name = "SharedSecretError";
}

const ID = "deployment";

/**
 * The NEXTAUTH_SECRET this server uses, checked against the one every other server on the same PostgreSQL
 * database uses (a check value in DeploymentKey, never the secret): the first server records it; a later one
 * with another secret, or with none, stops with a message saying what to set, instead of signing cookies
 * and server actions the others reject. `NEXTAUTH_SECRET_REPLACE=true` records a new one on purpose (after
 * stopping every server). SQLite is one machine's file: its secret is this machine's, unchecked.
 */
export async function settleAuthSecret(
  target: DatabaseTarget,
  root = process.cwd(),
  env: Record<string, string | undefined> = process.env,
): Promise<AuthSecret> {
  const found = readAuthSecret(root, env);
  if (target.provider !== "postgresql") return found ?? generateAuthSecret(root);
  const db = createDb(target);
  try {
    const recorded = await db.deploymentKey.findUnique({ where: { id: ID } });
    if (!recorded) {
      const chosen = found ?? generateAuthSecret(root);
      try {
        await db.deploymentKey.create({ data: { id: ID, secretCheck: secretCheck(chosen.secret) } });
        return chosen;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        // Another server recorded its secret a moment ago: compare with that one below.
        return compare(chosen, (await db.deploymentKey.findUniqueOrThrow({ where: { id: ID } })).secretCheck);
      }
    }
    if (!found)
      throw new SharedSecretError(
        "this PostgreSQL database is already used by another server, and this one has no NEXTAUTH_SECRET. " +
          "Set NEXTAUTH_SECRET to the value the other servers use (their environment, or their data/nextauth-secret), " +
          "so that a student signed in on one server stays signed in on all of them (docs/deploy.md).",
      );
    if (secretCheck(found.secret) === recorded.secretCheck) return found;
    if (env.NEXTAUTH_SECRET_REPLACE === "true") {
      await db.deploymentKey.update({ where: { id: ID }, data: { secretCheck: secretCheck(found.secret) } });
      return found;
    }
    return compare(found, recorded.secretCheck);
  } finally {
    await db.$disconnect();
  }
}

function compare(mine: AuthSecret, recorded: string): AuthSecret {
  if (secretCheck(mine.secret) === recorded) return mine;
  const where = mine.source === "env" ? "NEXTAUTH_SECRET" : "the NEXTAUTH_SECRET in data/nextauth-secret";
  throw new SharedSecretError(
    `${where} is not the one the other servers on this PostgreSQL database use. Set the same NEXTAUTH_SECRET on ` +
      "every server (docs/deploy.md). To change it for all of them: stop every server, then start one with " +
      "NEXTAUTH_SECRET_REPLACE=true and the new secret, then the others with the new secret.",
  );
}
