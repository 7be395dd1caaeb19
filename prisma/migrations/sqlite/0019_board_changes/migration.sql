-- AlterTable
ALTER TABLE "DebatePost" ADD COLUMN "changeSeq" INTEGER;

-- CreateIndex
CREATE INDEX "DebatePost_debateId_changeSeq_idx" ON "DebatePost"("debateId", "changeSeq");
