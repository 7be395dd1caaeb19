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
    "rubricLevels" TEXT NOT NULL DEFAULT '',
    "version" INTEGER NOT NULL DEFAULT 1,
    "revision" INTEGER NOT NULL DEFAULT 1,
    "firstRevisionId" TEXT,
    "supersededAt" DATETIME,
    CONSTRAINT "Reading_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User" ("id") ON DELETE SET NULL ON UPDATE CASCADE
);
INSERT INTO "new_Reading" ("author", "createdAt", "createdById", "debateDefaults", "id", "language", "publishedOn", "rubricLevels", "shared", "source", "title") SELECT "author", "createdAt", "createdById", "debateDefaults", "id", "language", "publishedOn", "rubricLevels", "shared", "source", "title" FROM "Reading";
DROP TABLE "Reading";
ALTER TABLE "new_Reading" RENAME TO "Reading";
PRAGMA foreign_keys=ON;
PRAGMA defer_foreign_keys=OFF;

