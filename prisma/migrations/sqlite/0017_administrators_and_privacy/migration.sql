-- AlterTable
ALTER TABLE "Classroom" ADD COLUMN "endsOn" DATETIME;
ALTER TABLE "Classroom" ADD COLUMN "retentionWarnedAt" DATETIME;

-- CreateTable
CREATE TABLE "TeacherInvite" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "codeHash" TEXT NOT NULL,
    "createdById" TEXT,
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "expiresAt" DATETIME NOT NULL,
    "usedAt" DATETIME,
    "usedById" TEXT
);

-- CreateTable
CREATE TABLE "AuditEvent" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "at" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "actorId" TEXT,
    "action" TEXT NOT NULL,
    "subjectId" TEXT,
    "detail" TEXT NOT NULL DEFAULT ''
);

-- CreateTable
CREATE TABLE "SchoolSettings" (
    "id" TEXT NOT NULL PRIMARY KEY DEFAULT 'school',
    "retentionDays" INTEGER NOT NULL DEFAULT 365
);

-- RedefineTables
PRAGMA defer_foreign_keys=ON;
PRAGMA foreign_keys=OFF;
CREATE TABLE "new_User" (
    "id" TEXT NOT NULL PRIMARY KEY,
    "role" TEXT NOT NULL,
    "isAdmin" BOOLEAN NOT NULL DEFAULT false,
    "status" TEXT NOT NULL DEFAULT 'active',
    "addedInBatch" TEXT,
    "displayName" TEXT NOT NULL,
    "loginName" TEXT NOT NULL,
    "email" TEXT,
    "passwordHash" TEXT NOT NULL,
    "sessionVersion" INTEGER NOT NULL DEFAULT 0,
    "preferredScript" TEXT NOT NULL DEFAULT 'trad',
    "createdAt" DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" DATETIME NOT NULL
);
INSERT INTO "new_User" ("createdAt", "displayName", "email", "id", "loginName", "passwordHash", "preferredScript", "role", "sessionVersion", "updatedAt") SELECT "createdAt", "displayName", "email", "id", "loginName", "passwordHash", "preferredScript", "role", "sessionVersion", "updatedAt" FROM "User";
DROP TABLE "User";
ALTER TABLE "new_User" RENAME TO "User";
CREATE UNIQUE INDEX "User_loginName_key" ON "User"("loginName");
CREATE UNIQUE INDEX "User_email_key" ON "User"("email");
CREATE INDEX "User_addedInBatch_idx" ON "User"("addedInBatch");
CREATE TABLE "new_DebatePost" (
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
    "clientKey" TEXT,
    "editedAt" DATETIME,
    "authorDeleted" BOOLEAN NOT NULL DEFAULT false,
    CONSTRAINT "DebatePost_debateId_fkey" FOREIGN KEY ("debateId") REFERENCES "Debate" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebatePost_authorId_fkey" FOREIGN KEY ("authorId") REFERENCES "User" ("id") ON DELETE CASCADE ON UPDATE CASCADE,
    CONSTRAINT "DebatePost_parentId_fkey" FOREIGN KEY ("parentId") REFERENCES "DebatePost" ("id") ON DELETE CASCADE ON UPDATE CASCADE
);
INSERT INTO "new_DebatePost" ("authorId", "body", "claim", "clientKey", "createdAt", "debateId", "depth", "editedAt", "hiddenAt", "hiddenReason", "id", "kind", "locked", "parentId", "pinned", "side", "sourceTitle", "sourceUrl") SELECT "authorId", "body", "claim", "clientKey", "createdAt", "debateId", "depth", "editedAt", "hiddenAt", "hiddenReason", "id", "kind", "locked", "parentId", "pinned", "side", "sourceTitle", "sourceUrl" FROM "DebatePost";
DROP TABLE "DebatePost";
ALTER TABLE "new_DebatePost" RENAME TO "DebatePost";
CREATE INDEX "DebatePost_debateId_createdAt_idx" ON "DebatePost"("debateId", "createdAt");
CREATE INDEX "DebatePost_authorId_createdAt_idx" ON "DebatePost"("authorId", "createdAt");
CREATE INDEX "DebatePost_parentId_idx" ON "DebatePost"("parentId");
CREATE UNIQUE INDEX "DebatePost_authorId_clientKey_key" ON "DebatePost"("authorId", "clientKey");
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

-- CreateIndex
CREATE UNIQUE INDEX "TeacherInvite_codeHash_key" ON "TeacherInvite"("codeHash");

-- CreateIndex
CREATE INDEX "AuditEvent_at_idx" ON "AuditEvent"("at");

