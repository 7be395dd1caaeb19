import { describe, expect, it } from "vitest";
import { SignUpPolicyError, teacherSignUpPolicy } from "./sign-up-policy";

describe("teacherSignUpPolicy", () => {
  it("is open on a demo server and needs approval on a school's, unless TEACHER_SIGNUP says", () => {
    expect(teacherSignUpPolicy({})).toBe("open");
    expect(teacherSignUpPolicy({ SEED_DEMO: "false" })).toBe("approval");
    expect(teacherSignUpPolicy({ SEED_DEMO: "false", TEACHER_SIGNUP: " Open " })).toBe("open");
    expect(teacherSignUpPolicy({ TEACHER_SIGNUP: "invite" })).toBe("invite");
    expect(() => teacherSignUpPolicy({ TEACHER_SIGNUP: "yes" })).toThrow(SignUpPolicyError);
  });
});
