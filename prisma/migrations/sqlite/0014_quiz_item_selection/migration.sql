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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Quiz_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Quiz" ("assignmentId", "attemptsAllowed", "createdAt", "glossaryDuringQuiz", "id", "lateWorkAllowed", "release", "releasedAt", "timeLimitMinutes", "updatedAt") SELECT "assignmentId", "attemptsAllowed", "createdAt", "glossaryDuringQuiz", "id", "lateWorkAllowed", "release", "releasedAt", "timeLimitMinutes", "updatedAt" FROM "Quiz";
DROP TABLE "Quiz";
ALTER TABLE "new_Quiz" RENAME TO "Quiz";
CREATE UNIQUE INDEX "Quiz_assignmentId_key" ON "Quiz"("assignmentId");
CREATE TABLE "new_QuizAttempt" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "quizId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "number" INTEGER NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'in_progress',
    "startedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "submittedAt" DATETIME,
    "score" REAL,
    "maxScore" REAL,
    "regradedAt" DATETIME,
    "itemKeys" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "QuizAttempt_quizId_fkey" FOREIGN KEY ("quizId") REFERENCES "Quiz" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "QuizAttempt_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_QuizAttempt" ("id", "maxScore", "number", "quizId", "regradedAt", "score", "startedAt", "status", "submittedAt", "userId") SELECT "id", "maxScore", "number", "quizId", "regradedAt", "score", "startedAt", "status", "submittedAt", "userId" FROM "QuizAttempt";
DROP TABLE "QuizAttempt";
ALTER TABLE "new_QuizAttempt" RENAME TO "QuizAttempt";
CREATE UNIQUE INDEX "QuizAttempt_quizId_userId_number_key" ON "QuizAttempt"("quizId", "userId", "number");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

