import { describe, expect, it } from "vitest";
import {
  canPostArgument,
  canRate,
  canReply,
  canSee,
  effectivePhase,
  isPhase,
  type Phase,
  ratingsVisible,
} from "./phases";
import { activeSides } from "./sides";

const t = (hour: number, minute = 0) => new Date(Date.UTC(2025, 8, 10, hour, minute));

describe("effectivePhase", () => {
  const board = { phase: "opening" as Phase, rebuttalAt: t(10), closesAt: t(12) };

  it("moves forward at each deadline, at its exact instant", () => {
    expect(effectivePhase(board, t(9))).toBe("opening");
    expect(effectivePhase(board, t(10))).toBe("rebuttal");
    expect(effectivePhase(board, t(11))).toBe("rebuttal");
    expect(effectivePhase(board, t(12))).toBe("closed");
  });

  it("stays where the teacher put it without deadlines", () => {
    for (const phase of ["opening", "rebuttal", "closed"] as const) {
      expect(effectivePhase({ phase, rebuttalAt: null, closesAt: null }, t(23))).toBe(phase);
    }
  });

  it("never moves a board backward", () => {
    expect(effectivePhase({ phase: "closed", rebuttalAt: t(10), closesAt: null }, t(11))).toBe("closed");
    expect(effectivePhase({ phase: "rebuttal", rebuttalAt: t(10), closesAt: null }, t(11))).toBe("rebuttal");
  });

  it("closes at closesAt even if the rebuttal deadline is missing or later", () => {
    expect(effectivePhase({ phase: "opening", rebuttalAt: null, closesAt: t(12) }, t(12))).toBe("closed");
    expect(effectivePhase({ phase: "opening", rebuttalAt: t(14), closesAt: t(12) }, t(13))).toBe("closed");
  });

  it("lets a teacher's later manual change win over a deadline already passed", () => {
    // Closed by the deadline at 12:00, reopened by hand at 12:30: stays in rebuttal.
    expect(
      effectivePhase({ phase: "rebuttal", rebuttalAt: t(10), closesAt: t(12), phaseSetAt: t(12, 30) }, t(13)),
    ).toBe("rebuttal");
    // Sent back to opening by hand after the rebuttal deadline.
    expect(effectivePhase({ phase: "opening", rebuttalAt: t(10), closesAt: null, phaseSetAt: t(11) }, t(11))).toBe(
      "opening",
    );
    // …but a deadline after the manual change still moves it on.
    expect(
      effectivePhase({ phase: "rebuttal", rebuttalAt: t(10), closesAt: t(14), phaseSetAt: t(12, 30) }, t(14)),
    ).toBe("closed");
  });

  it("a change made at the deadline's very instant counts as after it", () => {
    expect(effectivePhase({ phase: "rebuttal", rebuttalAt: t(10), closesAt: t(12), phaseSetAt: t(12) }, t(13))).toBe(
      "rebuttal",
    );
  });

  it("without phaseSetAt every passed deadline counts", () => {
    expect(effectivePhase({ phase: "rebuttal", rebuttalAt: t(10), closesAt: t(12) }, t(13))).toBe("closed");
    expect(effectivePhase({ phase: "rebuttal", rebuttalAt: t(10), closesAt: t(12), phaseSetAt: null }, t(13))).toBe(
      "closed",
    );
  });

  it("isPhase checks stored strings", () => {
    expect(isPhase("rebuttal")).toBe(true);
    expect(isPhase("voting")).toBe(false);
  });
});

describe("canPostArgument", () => {
  const ok = {
    phase: "opening" as Phase,
    removed: false,
    side: "first" as const,
    participantSide: "first" as const,
    activeSides: activeSides(false),
    steelman: false,
  };

  it("allows an argument for one's own side in opening and rebuttal", () => {
    expect(canPostArgument(ok)).toBeNull();
    expect(canPostArgument({ ...ok, phase: "rebuttal" })).toBeNull();
  });
  it("refuses on a closed board", () => {
    expect(canPostArgument({ ...ok, phase: "closed" })).toBe("debateClosed");
  });
  it("refuses a student removed from the board, before anything else", () => {
    expect(canPostArgument({ ...ok, removed: true, phase: "closed" })).toBe("removedFromBoard");
  });
  it("refuses the third side unless it is enabled", () => {
    expect(canPostArgument({ ...ok, side: "other", participantSide: "other" })).toBe("sideInvalid");
    expect(
      canPostArgument({ ...ok, side: "other", participantSide: "other", activeSides: activeSides(true) }),
    ).toBeNull();
  });
  it("needs a side first", () => {
    expect(canPostArgument({ ...ok, participantSide: null })).toBe("sideRequired");
  });
  it("allows the other side only as a steelman", () => {
    expect(canPostArgument({ ...ok, side: "second" })).toBe("notYourSide");
    expect(canPostArgument({ ...ok, side: "second", steelman: true })).toBeNull();
  });
});

describe("canReply", () => {
  const ok = {
    phase: "rebuttal" as Phase,
    removed: false,
    parentDepth: 0,
    parentLocked: false,
    replyKind: "rebut" as const,
    steelman: false,
    argumentSide: "second" as const,
    participantSide: "first" as const,
    hasPostedSteelman: false,
  };

  it("allows replies in the rebuttal phase only", () => {
    expect(canReply(ok)).toBeNull();
    expect(canReply({ ...ok, phase: "opening" })).toBe("wrongPhase");
    expect(canReply({ ...ok, phase: "closed" })).toBe("debateClosed");
    expect(canReply({ ...ok, removed: true })).toBe("removedFromBoard");
  });

  it("nests to three levels: a post at depth 3 takes no reply", () => {
    expect(canReply({ ...ok, parentDepth: 1 })).toBeNull();
    expect(canReply({ ...ok, parentDepth: 2 })).toBeNull();
    expect(canReply({ ...ok, parentDepth: 3 })).toBe("replyTooDeep");
  });

  it("refuses replies in a locked thread", () => {
    expect(canReply({ ...ok, parentLocked: true })).toBe("threadLocked");
  });

  describe("the steelman gate", () => {
    const gated = { ...ok, steelman: true };
    it("a first-side student must post a second-side argument before rebutting in a second-side thread", () => {
      expect(canReply(gated)).toBe("steelmanFirst");
      expect(canReply({ ...gated, parentDepth: 2 })).toBe("steelmanFirst");
      expect(canReply({ ...gated, hasPostedSteelman: true })).toBeNull();
    });
    it("does not gate support, questions, or rebutting in one's own side's thread", () => {
      expect(canReply({ ...gated, replyKind: "support" })).toBeNull();
      expect(canReply({ ...gated, replyKind: "question" })).toBeNull();
      expect(canReply({ ...gated, argumentSide: "first" })).toBeNull();
    });
    it("reads per side with the third side, and gates a student without a side", () => {
      expect(canReply({ ...gated, participantSide: "other", argumentSide: "first" })).toBe("steelmanFirst");
      expect(canReply({ ...gated, participantSide: "first", argumentSide: "other" })).toBe("steelmanFirst");
      expect(canReply({ ...gated, participantSide: null })).toBe("steelmanFirst");
    });
    it("is off without the steelman setting", () => {
      expect(canReply({ ...gated, steelman: false })).toBeNull();
    });
  });
});

describe("canRate", () => {
  const ok = { phase: "rebuttal" as Phase, removed: false, isOwnPost: false, value: 4 };

  it("allows 1 to 5 and withdrawing, in the rebuttal phase", () => {
    for (const value of [1, 2, 3, 4, 5, null]) expect(canRate({ ...ok, value })).toBeNull();
  });
  it("refuses values that are not whole numbers from 1 to 5", () => {
    for (const value of [0, 6, 2.5, -1, Number.NaN, Number.POSITIVE_INFINITY])
      expect(canRate({ ...ok, value })).toBe("ratingInvalid");
  });
  it("refuses rating one's own post", () => {
    expect(canRate({ ...ok, isOwnPost: true })).toBe("cannotRateOwn");
  });
  it("refuses outside the rebuttal phase, and for a removed student", () => {
    expect(canRate({ ...ok, phase: "opening" })).toBe("wrongPhase");
    expect(canRate({ ...ok, phase: "closed" })).toBe("debateClosed");
    expect(canRate({ ...ok, removed: true })).toBe("removedFromBoard");
  });
});

describe("canSee", () => {
  const student = { viewerIsAuthor: false, viewerIsTeacher: false, hidden: false };

  it("opening: students see only their own posts; the teacher sees all", () => {
    expect(canSee({ ...student, phase: "opening" })).toBe(false);
    expect(canSee({ ...student, phase: "opening", viewerIsAuthor: true })).toBe(true);
    expect(canSee({ ...student, phase: "opening", viewerIsTeacher: true })).toBe(true);
  });
  it("rebuttal and closed: everything that is not hidden", () => {
    expect(canSee({ ...student, phase: "rebuttal" })).toBe(true);
    expect(canSee({ ...student, phase: "closed" })).toBe(true);
  });
  it("a hidden post: its author and the teacher see it, nobody else", () => {
    for (const phase of ["opening", "rebuttal", "closed"] as const) {
      expect(canSee({ ...student, phase, hidden: true })).toBe(false);
      expect(canSee({ ...student, phase, hidden: true, viewerIsAuthor: true })).toBe(true);
      expect(canSee({ ...student, phase, hidden: true, viewerIsTeacher: true })).toBe(true);
    }
  });
});

describe("ratingsVisible", () => {
  it("students see totals once revealed or closed; the teacher always", () => {
    expect(ratingsVisible({ phase: "rebuttal", ratingsRevealedAt: null, viewerIsTeacher: false })).toBe(false);
    expect(ratingsVisible({ phase: "rebuttal", ratingsRevealedAt: t(9), viewerIsTeacher: false })).toBe(true);
    expect(ratingsVisible({ phase: "closed", ratingsRevealedAt: null, viewerIsTeacher: false })).toBe(true);
    expect(ratingsVisible({ phase: "opening", ratingsRevealedAt: null, viewerIsTeacher: true })).toBe(true);
  });
});
