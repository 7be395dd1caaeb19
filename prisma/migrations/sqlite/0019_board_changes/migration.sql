-- AlterTable
ALTER TABLE "DebatePost" ADD COLUMN "changeSeq" INTEGER;

-- CreateIndex
CREATE INDEX "DebatePost_debateId_changeSeq_idx" ON "DebatePost"("debateId", "changeSeq");

-- CreateIndex
CREATE INDEX "DebatePost_debateId_authorId_kind_idx" ON "DebatePost"("debateId", "authorId", "kind");

-- Posts written before: as if announced with the board's latest event number (pages that read the board
-- since have them).
UPDATE "DebatePost" SET "changeSeq" = (SELECT "eventSeq" FROM "Debate" WHERE "Debate"."id" = "DebatePost"."debateId");
