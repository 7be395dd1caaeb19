-- CreateTable
CREATE TABLE "EndedSession" (
    "sessionId" TEXT NOT NULL PRIMARY KEY,
    "expiresAt" DATETIME NOT NULL
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Quiz" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "attemptsAllowed" INTEGER NOT NULL DEFAULT 1,
    "timeLimitMinutes" INTEGER,
    "release" TEXT NOT NULL DEFAULT 'on_submit',
    "releasedAt" DATETIME,
    "lateWorkAllowed" BOOLEAN NOT NULL DEFAULT false,
    "glossaryDuringQuiz" BOOLEAN NOT NULL DEFAULT true,
    "itemSelection" TEXT NOT NULL DEFAULT 'all',
    "chosenKeys" TEXT NOT NULL DEFAULT '[]',
    "randomCount" INTEGER NOT NULL DEFAULT 0,
    "orderByParagraph" BOOLEAN NOT NULL DEFAULT false,
    "betweenAttempts" TEXT NOT NULL DEFAULT 'score',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Quiz_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Quiz" ("assignmentId", "attemptsAllowed", "chosenKeys", "createdAt", "glossaryDuringQuiz", "id", "itemSelection", "lateWorkAllowed", "orderByParagraph", "randomCount", "release", "releasedAt", "timeLimitMinutes", "updatedAt") SELECT "assignmentId", "attemptsAllowed", "chosenKeys", "createdAt", "glossaryDuringQuiz", "id", "itemSelection", "lateWorkAllowed", "orderByParagraph", "randomCount", "release", "releasedAt", "timeLimitMinutes", "updatedAt" FROM "Quiz";
DROP TABLE "Quiz";
ALTER TABLE "new_Quiz" RENAME TO "Quiz";
CREATE UNIQUE INDEX "Quiz_assignmentId_key" ON "Quiz"("assignmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE INDEX "EndedSession_expiresAt_idx" ON "EndedSession"("expiresAt");

