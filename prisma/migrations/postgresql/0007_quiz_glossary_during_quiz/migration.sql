-- AlterTable
ALTER TABLE "Quiz" ADD COLUMN     "glossaryDuringQuiz" BOOLEAN NOT NULL DEFAULT true;

