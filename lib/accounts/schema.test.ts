import { describe, expect, it } from "vitest";
import { z } from "zod";
import { joinCodeSchema, loginNameSchema, studentJoinSchema, teacherSignUpSchema } from "./schema";

const errorsOf = (schema: z.ZodType, input: unknown): Record<string, string[] | undefined> => {
  const result = schema.safeParse(input);
  return result.success ? {} : z.flattenError(result.error).fieldErrors;
};

describe("join codes", () => {
  it("accept spaces, dashes and lower case", () => {
    expect(joinCodeSchema.parse(" de-bate ")).toBe("DEBATE");
    expect(joinCodeSchema.parse("ab c 23")).toBe("ABC23");
  });
  it("refuse an empty code", () => {
    expect(joinCodeSchema.safeParse("  ").success).toBe(false);
  });
});

describe("login names", () => {
  it("are stored in lower case", () => {
    expect(loginNameSchema.parse("  Chen.XM ")).toBe("chen.xm");
  });
  it.each(["ab", "a".repeat(33), "chen xm", "陳小明", "x@y.z", "-lead"])("refuse %j", (name) => {
    expect(loginNameSchema.safeParse(name).success).toBe(false);
  });
});

describe("student join form", () => {
  const valid = { joinCode: "debate", loginName: "chen.xm", displayName: "陳小明", password: "h20-evidence-reader" };

  it("accepts a valid form", () => {
    expect(studentJoinSchema.parse(valid)).toEqual({ ...valid, joinCode: "DEBATE" });
  });

  it("keeps HTML in names as plain text (escaping happens when rendering)", () => {
    expect(studentJoinSchema.parse({ ...valid, displayName: "<script>alert(1)</script>" }).displayName).toBe(
      "<script>alert(1)</script>",
    );
  });

  it("takes bidirectional controls out of a name, so it cannot disguise itself or the text after it", () => {
    expect(studentJoinSchema.parse({ ...valid, displayName: "\u202E明小陳\u202C" }).displayName).toBe("明小陳");
    expect(studentJoinSchema.safeParse({ ...valid, displayName: "\u202E\u2066" }).success).toBe(false);
  });

  it.each([
    [{ displayName: "" }, "displayName", "required"],
    [{ displayName: "   " }, "displayName", "required"],
    [{ displayName: "名".repeat(81) }, "displayName", "nameTooLong"],
    [{ password: "short" }, "password", "passwordTooShort"],
    [{ password: "x".repeat(201) }, "password", "passwordTooLong"],
    [{ password: "password123" }, "password", "passwordTooCommon"],
    [{ password: "Qwertyuiop" }, "password", "passwordTooCommon"],
    [{ joinCode: "" }, "joinCode", "required"],
  ])("refuses %j with the message key for %s", (change, field, key) => {
    expect(errorsOf(studentJoinSchema, { ...valid, ...change })[field]).toEqual([key]);
  });

  it("accepts exactly 80 characters and 200-character passwords", () => {
    expect(
      studentJoinSchema.safeParse({ ...valid, displayName: "名".repeat(80), password: `${"k".repeat(199)}!` }).success,
    ).toBe(true);
  });
});

describe("teacher sign-up form", () => {
  it("normalises the email to lower case", () => {
    expect(
      teacherSignUpSchema.parse({
        email: " Wang@School.EDU.tw ",
        displayName: "王老師",
        password: "close-reading-2025",
      }).email,
    ).toBe("wang@school.edu.tw");
  });
  it("refuses a malformed email", () => {
    expect(
      errorsOf(teacherSignUpSchema, { email: "wang@", displayName: "王", password: "close-reading-2025" }).email,
    ).toEqual(["emailInvalid"]);
  });
});
