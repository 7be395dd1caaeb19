-- CreateTable
CREATE TABLE "Debate" (
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
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "Debate_assignmentId_fkey" FOREIGN KEY ("assignmentId") REFERENCES "Assignment" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DebateParticipant" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "debateId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "side" TEXT,
    "pseudonymIndex" INTEGER NOT NULL,
    "stanceBefore" INTEGER,
    "stanceAfter" INTEGER,
    "removedAt" DATETIME,
    "rubricClaim" INTEGER,
    "rubricEvidence" INTEGER,
    "rubricReasoning" INTEGER,
    "rubricRebuttal" INTEGER,
    "feedback" TEXT NOT NULL DEFAULT '',
    "joinedAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DebateParticipant_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebateParticipant_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DebatePost" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "debateId" TEXT NOT NULL,
    "authorId" TEXT NOT NULL,
    "parentId" TEXT,
    "depth" INTEGER NOT NULL DEFAULT 0,
    "kind" TEXT NOT NULL,
    "side" TEXT,
    "claim" TEXT NOT NULL DEFAULT '',
    "body" TEXT NOT NULL,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "hiddenAt" DATETIME,
    "hiddenReason" TEXT,
    "pinned" BOOLEAN NOT NULL DEFAULT false,
    "locked" BOOLEAN NOT NULL DEFAULT false,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DebatePost_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebatePost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebatePost_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DebatePost" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DebateQuote" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postId" TEXT NOT NULL,
    "paragraphId" TEXT NOT NULL,
    "start" INTEGER NOT NULL,
    "end" INTEGER NOT NULL,
    "quote" TEXT NOT NULL,
    CONSTRAINT "DebateQuote_postId_fkey" FOREIGN KEY ("postId") REFERENCES "DebatePost" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebateQuote_paragraphId_fkey" FOREIGN KEY ("paragraphId") REFERENCES "ReadingParagraph" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DebateRating" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "value" INTEGER NOT NULL,
    "updatedAt" DATETIME NOT NULL,
    CONSTRAINT "DebateRating_postId_fkey" FOREIGN KEY ("postId") REFERENCES "DebatePost" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebateRating_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DebateReport" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "postId" TEXT NOT NULL,
    "reporterId" TEXT NOT NULL,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "resolvedAt" DATETIME,
    CONSTRAINT "DebateReport_postId_fkey" FOREIGN KEY ("postId") REFERENCES "DebatePost" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebateReport_reporterId_fkey" FOREIGN KEY ("reporterId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateTable
CREATE TABLE "DebateModeration" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "debateId" TEXT NOT NULL,
    "actorId" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "postId" TEXT,
    "targetUserId" TEXT,
    "reason" TEXT NOT NULL DEFAULT '',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DebateModeration_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebateModeration_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);

-- CreateIndex
CREATE UNIQUE INDEX "Debate_assignmentId_key" ON "Debate"("assignmentId");

-- CreateIndex
CREATE UNIQUE INDEX "DebateParticipant_debateId_userId_key" ON "DebateParticipant"("debateId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "DebateParticipant_debateId_pseudonymIndex_key" ON "DebateParticipant"("debateId", "pseudonymIndex");

-- CreateIndex
CREATE INDEX "DebatePost_debateId_createdAt_idx" ON "DebatePost"("debateId", "createdAt");

-- CreateIndex
CREATE INDEX "DebatePost_authorId_createdAt_idx" ON "DebatePost"("authorId", "createdAt");

-- CreateIndex
CREATE INDEX "DebatePost_parentId_idx" ON "DebatePost"("parentId");

-- CreateIndex
CREATE INDEX "DebateQuote_postId_idx" ON "DebateQuote"("postId");

-- CreateIndex
CREATE INDEX "DebateQuote_paragraphId_idx" ON "DebateQuote"("paragraphId");

-- CreateIndex
CREATE UNIQUE INDEX "DebateRating_postId_userId_key" ON "DebateRating"("postId", "userId");

-- CreateIndex
CREATE UNIQUE INDEX "DebateReport_postId_reporterId_key" ON "DebateReport"("postId", "reporterId");

-- CreateIndex
CREATE INDEX "DebateModeration_debateId_createdAt_idx" ON "DebateModeration"("debateId", "createdAt");

