-- DropIndex
DROP INDEX "QuizItem_readingId_key_key";

-- AlterTable
ALTER TABLE "QuizItem" ADD COLUMN     "addedAt" TIMESTAMP(3),
ADD COLUMN     "retiredAt" TIMESTAMP(3),
ADD COLUMN     "revision" INTEGER NOT NULL DEFAULT 1;

-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "regradedAt" TIMESTAMP(3);

-- CreateIndex
CREATE UNIQUE INDEX "QuizItem_readingId_key_revision_key" ON "QuizItem"("readingId", "key", "revision");

