import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

type Json = Record<string, unknown> & { key?: string };

/**
 * A later version of the library's seed files, as an upgrade brings them: a copy of prisma/seed in a
 * temporary root, changed by `change` (the quiz items and glossary entries as parsed JSON). Pass the root to
 * seedLibrary; `remove` deletes the copy.
 */
export function laterLibrarySeed(change: (quiz: Json[], glossary: Json[]) => void) {
  const root = mkdtempSync(path.join(tmpdir(), "library-seed-"));
  cpSync("prisma/seed", path.join(root, "prisma/seed"), { recursive: true });
  const quizFile = path.join(root, "prisma/seed/h20-quiz.json");
  const glossaryFile = path.join(root, "prisma/seed/h20-glossary.json");
  const quiz = JSON.parse(readFileSync(quizFile, "utf8"));
  const glossary = JSON.parse(readFileSync(glossaryFile, "utf8"));
  change(quiz, glossary);
  writeFileSync(quizFile, JSON.stringify(quiz));
  writeFileSync(glossaryFile, JSON.stringify(glossary));
  return { root, remove: () => rmSync(root, { recursive: true, force: true }) };
}
