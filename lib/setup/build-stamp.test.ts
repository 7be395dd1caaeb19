import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { sourceFingerprint } from "./build-stamp";

describe("the build's source fingerprint (npm start rebuilds when it changes)", () => {
  let root: string;
  const write = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
    writeFileSync(path.join(root, file), text);
  };
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it.each(["proxy.ts", "instrumentation.ts", "app/page.tsx", "lib/access.ts", "messages/zh-Hant.json"])(
    "changes when %s changes",
    (file) => {
      root = mkdtempSync(path.join(tmpdir(), "stamp-"));
      write(file, "before");
      const before = sourceFingerprint(root);
      write(file, "after");
      expect(sourceFingerprint(root)).not.toBe(before);
    },
  );

  it.each(["README.md", "e2e/quiz.spec.ts", "docs/deploy.md"])("stays when %s changes", (file) => {
    root = mkdtempSync(path.join(tmpdir(), "stamp-"));
    write("proxy.ts", "built");
    write(file, "before");
    const before = sourceFingerprint(root);
    write(file, "after");
    expect(sourceFingerprint(root)).toBe(before);
  });
});
