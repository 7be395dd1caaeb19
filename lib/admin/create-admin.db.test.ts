import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/passwords";
import { createDb } from "@/lib/db/client";
import { parseDatabaseUrl } from "@/lib/db/database-url";
import { seedDemo } from "@/lib/seed/demo";
import { createTestDatabase, TEST_PROVIDERS, type TestDatabase } from "@/lib/testing/databases";
import { CreateAdminError, createOrPromoteAdmin } from "./create-admin";

describe.each(TEST_PROVIDERS)("creating an administrator on the server (%s)", (provider) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(provider);
    await seedDemo(t.db);
  });
  afterAll(() => t?.drop());

  it("creates one, or gives an existing teacher the role and a new password; never a student", async () => {
    const input = { email: `head-${provider}@school.tw`, displayName: "王主任", password: "head-of-school-2026" };
    expect(await createOrPromoteAdmin(t.db, input)).toBe("created");
    expect(await t.db.user.findUnique({ where: { loginName: input.email } })).toMatchObject({
      role: "TEACHER",
      isAdmin: true,
      status: "active",
    });
    const teacher = await t.db.user.findUniqueOrThrow({ where: { id: "demo-teacher" } });
    const promoted = { email: teacher.loginName, displayName: "x", password: "back-in-again-2026" };
    expect(await createOrPromoteAdmin(t.db, promoted)).toBe("promoted");
    const after = await t.db.user.findUniqueOrThrow({ where: { id: "demo-teacher" } });
    expect(after).toMatchObject({ isAdmin: true, displayName: teacher.displayName });
    expect(after.sessionVersion).toBe(teacher.sessionVersion + 1);
    expect(await verifyPassword(after.passwordHash, "back-in-again-2026")).toBe(true);
    await expect(
      createOrPromoteAdmin(t.db, { email: "student1", displayName: "x", password: "whatever-2026-x" }),
    ).rejects.toBeInstanceOf(CreateAdminError);
    expect(await t.db.auditEvent.count({ where: { action: "admin.create" } })).toBe(2);
  });
});

describe("npm run admin:create", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "admin-create-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const run = (env: Record<string, string>) =>
    spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "scripts/admin-create.ts"], {
      env: { ...process.env, DATABASE_URL: `file:${path.join(dir, "c.db")}`, ...env },
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    });

  it("takes the account from the environment on a new database, and says what is wrong otherwise", async () => {
    const made = run({ ADMIN_EMAIL: "It@School.tw", ADMIN_NAME: "資訊組", ADMIN_PASSWORD: "server-room-2026" });
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain("Created the administrator it@school.tw");
    const weak = run({ ADMIN_EMAIL: "b@school.tw", ADMIN_PASSWORD: "password" });
    expect(weak.status).toBe(1);
    expect(weak.stderr).toContain("one of the most common passwords");
    // Without the environment and without a terminal to ask in, it says what to set.
    const asked = run({ ADMIN_EMAIL: "" });
    expect(asked.status).toBe(1);
    expect(asked.stderr).toContain("ADMIN_EMAIL");
    const db = createDb(parseDatabaseUrl(`file:${path.join(dir, "c.db")}`));
    expect(await db.user.count({ where: { isAdmin: true } })).toBe(1);
    await db.$disconnect();
  }, 60_000);
});
