import { beforeEach, describe, expect, it, vi } from "vitest";
import { z } from "zod";

vi.mock("server-only", () => ({}));
const session = vi.hoisted(() => ({ check: vi.fn() }));
vi.mock("@/lib/auth", () => ({ getCurrentUser: session.check }));

const { action } = await import("./action");

const teacher = {
  id: "t1",
  role: "TEACHER",
  isAdmin: false,
  displayName: "王老師",
  loginName: "t@s.tw",
  preferredScript: "trad",
};
const rename = action(z.object({ name: z.string() }), ["TEACHER"], async ({ name }) => name);

describe("action", () => {
  beforeEach(() => {
    session.check.mockReset();
  });

  it("runs a valid write for an allowed role, and refuses anyone else", async () => {
    session.check.mockResolvedValue(teacher);
    expect(await rename({ name: "甲班" })).toEqual({ ok: true, value: "甲班" });
    session.check.mockResolvedValue({ ...teacher, role: "STUDENT" });
    expect(await rename({ name: "甲班" })).toEqual({ ok: false, formError: "notAllowed" });
  });

  it("says the server cannot save when the session check meets a database fault, instead of throwing", async () => {
    session.check.mockImplementation(async () => {
      throw Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" });
    });
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect(await rename({ name: "甲班" })).toEqual({ ok: false, formError: "serverCannotSave" });
  });

  it("still throws a mistake that is not the database's", async () => {
    session.check.mockImplementation(async () => {
      throw new TypeError("a bug");
    });
    await expect(rename({ name: "甲班" })).rejects.toThrow("a bug");
  });
});
