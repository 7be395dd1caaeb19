-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN "regradedAt" DATETIME;

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_QuizItem" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "readingId" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "position" INTEGER NOT NULL,
    "type" TEXT NOT NULL,
    "content" TEXT NOT NULL,
    "addedAt" DATETIME,
    "retiredAt" DATETIME,
    CONSTRAINT "QuizItem_readingId_fkey" FOREIGN KEY ("readingId") REFERENCES "Reading" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_QuizItem" ("content", "id", "key", "position", "readingId", "type") SELECT "content", "id", "key", "position", "readingId", "type" FROM "QuizItem";
DROP TABLE "QuizItem";
ALTER TABLE "new_QuizItem" RENAME TO "QuizItem";
CREATE UNIQUE INDEX "QuizItem_readingId_key_revision_key" ON "QuizItem"("readingId", "key", "revision");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

