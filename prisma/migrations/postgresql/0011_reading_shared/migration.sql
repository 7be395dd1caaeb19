-- AlterTable
ALTER TABLE "Reading" ADD COLUMN     "shared" BOOLEAN NOT NULL DEFAULT false;

