-- AlterTable
ALTER TABLE "Debate" ADD COLUMN     "seatsGiven" INTEGER NOT NULL DEFAULT 0;


-- Boards seated before the counter existed: the next seat gets the index after the highest one given.
UPDATE "Debate" SET "seatsGiven" = (SELECT COALESCE(MAX("pseudonymIndex") + 1, 0) FROM "DebateParticipant" WHERE "DebateParticipant"."debateId" = "Debate"."id");
