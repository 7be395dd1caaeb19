import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "vitest";

// The access rules are written once, in lib/access.ts (decision 0021). A query that spells one out again
// (the class not archived, the enrollment, the owner, the opening time, the shared library) is refused here,
// so the next feature imports the rule instead of copying it.
const RULE_SPELLED_OUT = [
  /archived: false/,
  /enrollments: \{ some/,
  /"archived" =/,
  /"ownerId" =/,
  /"Enrollment"/,
  /opensAt: \{ lte/,
  /createdById: null/,
  /where: \{[^}]*ownerId/,
  /classroom: \{ ownerId/,
];
const ROOTS = ["app", "components", "lib", "pages"];
const SKIP = new Set(["lib/generated", "lib/seed", "lib/testing", "lib/access.ts"]);

function sourceFiles(dir: string): string[] {
  if (SKIP.has(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const file = path.posix.join(dir, name);
    if (statSync(file).isDirectory()) return sourceFiles(file);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !SKIP.has(file) ? [file] : [];
  });
}

test("no access rule is written outside lib/access.ts", () => {
  const files = ROOTS.flatMap(sourceFiles);
  expect(files.length).toBeGreaterThan(100);
  const found = files.flatMap((file) =>
    readFileSync(file, "utf8")
      .split("\n")
      .flatMap((line, i) =>
        RULE_SPELLED_OUT.some((rule) => rule.test(line)) ? [`${file}:${i + 1}: ${line.trim()}`] : [],
      ),
  );
  expect(found).toEqual([]);
});
