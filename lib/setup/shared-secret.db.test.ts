import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { secretFile, serverActionsKey } from "./secret";
import { SharedSecretError, settleAuthSecret } from "./shared-secret";

/** Each "machine" is a folder of its own (its data/nextauth-secret) with an environment of its own. */
const machine = () => mkdtempSync(path.join(tmpdir(), "classroom-machine-"));

describe.each(TEST_PROVIDERS.filter((p) => p === "postgresql"))("servers sharing a %s database", (provider) => {
  let t: TestDatabase;
  beforeEach(async () => {
    t = await createTestDatabase(provider);
  });
  afterEach(() => t?.drop());

  it("lets every server with the same secret start, and records only a check value", async () => {
    const env = { NEXTAUTH_SECRET: "the-school-secret-0123456789" };
    expect(await settleAuthSecret(t.target, machine(), env)).toEqual({ secret: env.NEXTAUTH_SECRET, source: "env" });
    expect(await settleAuthSecret(t.target, machine(), env)).toEqual({ secret: env.NEXTAUTH_SECRET, source: "env" });
    const rows = await t.db.deploymentKey.findMany();
    expect(rows).toHaveLength(1);
    expect(rows[0]!.secretCheck).not.toContain(env.NEXTAUTH_SECRET);
  });

  it("stops a second machine that has no secret, and one that has another, saying what to set", async () => {
    const first = machine();
    const generated = await settleAuthSecret(t.target, first, {});
    expect(generated.source).toBe("generated");
    expect(readFileSync(secretFile(first), "utf8").trim()).toBe(generated.secret);

    const bare = machine();
    await expect(settleAuthSecret(t.target, bare, {})).rejects.toThrow(
      /already used by another server, and this one has no NEXTAUTH_SECRET\. Set NEXTAUTH_SECRET/,
    );
    expect(existsSync(secretFile(bare))).toBe(false); // nothing generated on the machine that was refused
    await expect(settleAuthSecret(t.target, machine(), { NEXTAUTH_SECRET: "another" })).rejects.toThrow(
      SharedSecretError,
    );
    // Copying the first machine's secret is what the message asks for, and it works.
    expect(await settleAuthSecret(t.target, machine(), { NEXTAUTH_SECRET: generated.secret })).toMatchObject({
      source: "env",
    });
  });

  it("changes the recorded secret only when told to", async () => {
    await settleAuthSecret(t.target, machine(), { NEXTAUTH_SECRET: "old-secret" });
    const next = { NEXTAUTH_SECRET: "new-secret", NEXTAUTH_SECRET_REPLACE: "true" };
    await settleAuthSecret(t.target, machine(), next);
    await expect(settleAuthSecret(t.target, machine(), { NEXTAUTH_SECRET: "old-secret" })).rejects.toThrow(
      /is not the one the other servers/,
    );
    await expect(settleAuthSecret(t.target, machine(), { NEXTAUTH_SECRET: "new-secret" })).resolves.toBeTruthy();
  });
});

describe("the server-action key", () => {
  it("is the same for the same secret on any machine, and a valid 32-byte AES key", () => {
    const key = serverActionsKey("the-school-secret");
    expect(serverActionsKey("the-school-secret")).toBe(key);
    expect(serverActionsKey("another-secret")).not.toBe(key);
    expect(Buffer.from(key, "base64")).toHaveLength(32);
  });
});
