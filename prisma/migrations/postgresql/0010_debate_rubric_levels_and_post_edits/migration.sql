-- AlterTable
ALTER TABLE "Debate" ADD COLUMN     "rubricLevels" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "DebatePost" ADD COLUMN     "editedAt" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "DebatePostRevision" (
    "id" TEXT NOT NULL,
    "postId" TEXT NOT NULL,
    "claim" TEXT NOT NULL,
    "body" TEXT NOT NULL,
    "sourceTitle" TEXT,
    "sourceUrl" TEXT,
    "replacedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DebatePostRevision_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "DebatePostRevision_postId_replacedAt_idx" ON "DebatePostRevision"("postId", "replacedAt");

-- AddForeignKey
ALTER TABLE "DebatePostRevision" ADD CONSTRAINT "DebatePostRevision_postId_fkey" FOREIGN KEY ("postId") REFERENCES "DebatePost"("id") ON DELETE CASCADE ON UPDATE CASCADE;

