-- AlterTable
ALTER TABLE "Highlight" ADD COLUMN     "clientKey" TEXT;

-- AlterTable
ALTER TABLE "DebatePost" ADD COLUMN     "clientKey" TEXT;

-- CreateIndex
CREATE UNIQUE INDEX "Highlight_userId_clientKey_key" ON "Highlight"("userId", "clientKey");

-- CreateIndex
CREATE UNIQUE INDEX "DebatePost_authorId_clientKey_key" ON "DebatePost"("authorId", "clientKey");

