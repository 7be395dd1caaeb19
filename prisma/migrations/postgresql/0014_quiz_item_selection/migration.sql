-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "chosenKeys" TEXT NOT NULL DEFAULT '[]',
ADD COLUMN     "itemSelection" TEXT NOT NULL DEFAULT 'all',
ADD COLUMN     "orderByParagraph" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "randomCount" INTEGER NOT NULL DEFAULT 0;

-- AlterTable
ALTER TABLE "QuizAttempt" ADD COLUMN     "itemKeys" TEXT NOT NULL DEFAULT '';

