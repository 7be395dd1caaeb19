import { randomBytes } from "node:crypto";

/** Unique names per test, so specs can run in parallel against one database. */
export function unique(prefix: string): string {
  return `${prefix}${randomBytes(4).toString("hex")}`;
}

export const DEMO_TEACHER = { login: "teacher@demo.school", password: "demo-teacher-h20" };
export const DEMO_STUDENT = { login: "student1", password: "demo-student-h20" };
export const DEMO_JOIN_CODE = "DEBATE";
/** The demo class's assignment of the article (lib/seed/demo.ts). */
export const DEMO_ASSIGNMENT = "demo-assignment-h20";
export const DEMO_ASSIGNMENT_TITLE = "美國為何晶片鬆口:中國芯“狼來了”?";
export const STRONG_PASSWORD = "close-reading-h20-2025";
