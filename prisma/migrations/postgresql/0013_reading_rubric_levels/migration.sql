-- AlterTable
ALTER TABLE "Reading" ADD COLUMN     "rubricLevels" TEXT NOT NULL DEFAULT '';

