-- CreateTable
CREATE TABLE "DeploymentKey" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'deployment',
    "secretCheck" TEXT NOT NULL,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
);

-- CreateTable
CREATE TABLE "RateLimit" (
    "key" TEXT NOT NULL PRIMARY KEY,
    "points" INTEGER NOT NULL DEFAULT 0,
    "expire" BIGINT
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Debate" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "assignmentId" TEXT NOT NULL,
    "motion" TEXT NOT NULL DEFAULT '',
    "thirdSideEnabled" BOOLEAN NOT NULL DEFAULT false,
    "phase" TEXT NOT NULL DEFAULT 'opening',
    "phaseSetAt" DATETIME,
    "rebuttalAt" DATETIME,
    "closesAt" DATETIME,
    "sideMode" TEXT NOT NULL DEFAULT 'choose',
    "steelman" BOOLEAN NOT NULL DEFAULT false,
    "anonymous" BOOLEAN NOT NULL DEFAULT false,
    "ratingsRevealedAt" DATETIME,
    "seatsGiven" INTEGER NOT NULL DEFAULT 0,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    "rubricLevels" TEXT NOT NULL DEFAULT '',
    "sideLabels" TEXT NOT NULL DEFAULT '',
    "eventSeq" INTEGER NOT NULL DEFAULT 0,
    CONSTRAINT "Debate_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Debate" ("anonymous", "assignmentId", "closesAt", "createdAt", "id", "motion", "phase", "phaseSetAt", "ratingsRevealedAt", "rebuttalAt", "rubricLevels", "seatsGiven", "sideLabels", "sideMode", "steelman", "thirdSideEnabled", "updatedAt") SELECT "anonymous", "assignmentId", "closesAt", "createdAt", "id", "motion", "phase", "phaseSetAt", "ratingsRevealedAt", "rebuttalAt", "rubricLevels", "seatsGiven", "sideLabels", "sideMode", "steelman", "thirdSideEnabled", "updatedAt" FROM "Debate";
DROP TABLE "Debate";
ALTER TABLE "new_Debate" RENAME TO "Debate";
CREATE UNIQUE INDEX "Debate_assignmentId_key" ON "Debate"("assignmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

