import { describe, expect, it } from "vitest";
import { type StepsInput, stepsOf } from "./student-steps";

const NOW = new Date("2026-10-01T08:00:00Z");
const base: StepsInput = {
  readingEnabled: true,
  quizEnabled: true,
  debateEnabled: true,
  dueAt: null,
  paragraphs: 40,
  progress: null,
  quiz: { release: "on_submit", releasedAt: null, lateWorkAllowed: false, attemptsAllowed: 1, attempts: [] },
  debate: { phase: "opening", rebuttalAt: null, closesAt: null, phaseSetAt: null, posts: 0, feedback: false },
};
const graded = { status: "graded", score: 20, maxScore: 27 };

describe("a student's steps on an assignment", () => {
  it("starts at reading, and moves on as each part is done", () => {
    expect(stepsOf(base, NOW)).toMatchObject({ reading: { state: "not_started" }, next: "reading" });
    const reading = stepsOf({ ...base, progress: { furthestPosition: 10, markedReadAt: null } }, NOW);
    expect(reading).toMatchObject({ reading: { state: "reading", percent: 25 }, next: "reading" });
    const read = { ...base, progress: { furthestPosition: 40, markedReadAt: NOW } };
    expect(stepsOf(read, NOW)).toMatchObject({
      reading: { state: "read" },
      quiz: { state: "not_started" },
      next: "quiz",
    });
    const quizzed = { ...read, quiz: { ...base.quiz!, attempts: [graded] } };
    expect(stepsOf(quizzed, NOW)).toMatchObject({ quiz: { state: "scored", score: 20, maxScore: 27 }, next: "debate" });
    const closedBoard = { ...quizzed, debate: { ...base.debate!, phase: "closed", posts: 3, feedback: true } };
    expect(stepsOf(closedBoard, NOW)).toMatchObject({
      debate: { phase: "closed", posts: 3, feedback: true },
      next: null,
    });
  });

  it("shows a score only once released, and says when the teacher still has to grade", () => {
    const manual = { ...base, quiz: { ...base.quiz!, release: "manual", attempts: [graded] } };
    expect(stepsOf(manual, NOW).quiz).toEqual({ state: "handed_in" });
    const waiting = { ...base, quiz: { ...base.quiz!, attempts: [{ status: "submitted", score: 18, maxScore: 27 }] } };
    expect(stepsOf(waiting, NOW).quiz).toEqual({ state: "waiting" });
  });

  it("knows a quiz past its due date, and a board moved on by its deadlines", () => {
    const late = { ...base, dueAt: new Date("2026-09-30T08:00:00Z") };
    expect(stepsOf(late, NOW).quiz).toEqual({ state: "closed" });
    expect(stepsOf({ ...late, quiz: { ...base.quiz!, lateWorkAllowed: true } }, NOW).quiz).toEqual({
      state: "not_started",
    });
    const rebuttal = { ...base, debate: { ...base.debate!, rebuttalAt: new Date("2026-09-30T00:00:00Z") } };
    expect(stepsOf(rebuttal, NOW).debate?.phase).toBe("rebuttal");
  });

  it("leaves out the parts that are off", () => {
    const readingOnly = { ...base, quizEnabled: false, debateEnabled: false };
    expect(stepsOf(readingOnly, NOW)).toMatchObject({ quiz: null, debate: null, next: "reading" });
    const debateOnly = { ...base, readingEnabled: false, quizEnabled: false };
    expect(stepsOf(debateOnly, NOW)).toMatchObject({ reading: null, next: "debate" });
  });
});
