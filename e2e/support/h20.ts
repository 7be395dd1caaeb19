// The first lesson's debate wording, as its seed gives it: the e2e suite debates the seeded H20 reading.
import h20Debate from "../../prisma/seed/h20-debate.json" with { type: "json" };
import { fmt } from "./format";
import { zh } from "./messages";

export const H20_SIDES = {
  first: h20Debate.sides.first.zhHant,
  second: h20Debate.sides.second.zhHant,
  other: h20Debate.sides.other.zhHant,
};

export const H20_MOTION = h20Debate.motion.zhHant;

/** A point of the stance scale as the H20 board names it (1 = firmly the first side … 5 = firmly the second). */
export function h20Stance(point: 1 | 2 | 3 | 4 | 5): string {
  return fmt(zh.debate[`stance${point}`], H20_SIDES);
}
