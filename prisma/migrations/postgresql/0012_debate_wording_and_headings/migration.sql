-- AlterTable
ALTER TABLE "Reading" ADD COLUMN     "debateDefaults" TEXT NOT NULL DEFAULT '';

-- AlterTable
ALTER TABLE "ReadingParagraph" ADD COLUMN     "heading" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Debate" ADD COLUMN     "sideLabels" TEXT NOT NULL DEFAULT '';


-- Sides are named by their place in the motion, not by the first lesson's answers (退卻 → first, 陷阱 → second).
UPDATE "DebateParticipant" SET "side" = 'first' WHERE "side" = 'retreat';
UPDATE "DebateParticipant" SET "side" = 'second' WHERE "side" = 'trap';
UPDATE "DebatePost" SET "side" = 'first' WHERE "side" = 'retreat';
UPDATE "DebatePost" SET "side" = 'second' WHERE "side" = 'trap';
UPDATE "DebateModeration" SET "action" = 'side:first' WHERE "action" = 'side:retreat';
UPDATE "DebateModeration" SET "action" = 'side:second' WHERE "action" = 'side:trap';
