-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_Reading" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "title" TEXT NOT NULL,
    "language" TEXT NOT NULL,
    "author" TEXT,
    "source" TEXT,
    "publishedOn" DATETIME,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "shared" BOOLEAN NOT NULL DEFAULT false,
    "debateDefaults" TEXT NOT NULL DEFAULT '',
    CONSTRAINT "Reading_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Reading" ("author", "createdAt", "createdById", "id", "language", "publishedOn", "shared", "source", "title") SELECT "author", "createdAt", "createdById", "id", "language", "publishedOn", "shared", "source", "title" FROM "Reading";
DROP TABLE "Reading";
ALTER TABLE "new_Reading" RENAME TO "Reading";
CREATE TABLE "new_ReadingParagraph" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "readingId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "text" TEXT NOT NULL,
    "heading" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "ReadingParagraph_readingId_fkey" FOREIGN KEY ("readingId") REFERENCES "Reading" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_ReadingParagraph" ("id", "position", "readingId", "text") SELECT "id", "position", "readingId", "text" FROM "ReadingParagraph";
DROP TABLE "ReadingParagraph";
ALTER TABLE "new_ReadingParagraph" RENAME TO "ReadingParagraph";
CREATE UNIQUE INDEX "ReadingParagraph_readingId_position_key" ON "ReadingParagraph"("readingId", "position");
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
    CONSTRAINT "Debate_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_Debate" ("anonymous", "assignmentId", "closesAt", "createdAt", "id", "motion", "phase", "phaseSetAt", "ratingsRevealedAt", "rebuttalAt", "rubricLevels", "seatsGiven", "sideMode", "steelman", "thirdSideEnabled", "updatedAt") SELECT "anonymous", "assignmentId", "closesAt", "createdAt", "id", "motion", "phase", "phaseSetAt", "ratingsRevealedAt", "rebuttalAt", "rubricLevels", "seatsGiven", "sideMode", "steelman", "thirdSideEnabled", "updatedAt" FROM "Debate";
DROP TABLE "Debate";
ALTER TABLE "new_Debate" RENAME TO "Debate";
CREATE UNIQUE INDEX "Debate_assignmentId_key" ON "Debate"("assignmentId");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;


-- Sides are named by their place in the motion, not by the first lesson's answers (退卻 → first, 陷阱 → second).
UPDATE "DebateParticipant" SET "side" = 'first' WHERE "side" = 'retreat';
UPDATE "DebateParticipant" SET "side" = 'second' WHERE "side" = 'trap';
UPDATE "DebatePost" SET "side" = 'first' WHERE "side" = 'retreat';
UPDATE "DebatePost" SET "side" = 'second' WHERE "side" = 'trap';
UPDATE "DebateModeration" SET "action" = 'side:first' WHERE "action" = 'side:retreat';
UPDATE "DebateModeration" SET "action" = 'side:second' WHERE "action" = 'side:trap';
