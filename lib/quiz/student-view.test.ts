import { describe, expect, it } from "vitest";
import { quizItemSchema } from "./items";
import { toStudentItem } from "./student-view";

const secret = "SECRET-EXPLANATION";
const item = quizItemSchema.parse({
  key: "q1",
  type: "multiple",
  prompt: { zhHant: "題目", en: "Question" },
  paragraphs: ["p-cited"],
  options: ["a", "b", "c", "d"].map((key) => ({ key, zhHant: `選項${key}`, en: `Option ${key}` })),
  answer: ["a", "c"],
  explanation: { zhHant: secret, en: secret },
});

describe("toStudentItem", () => {
  it("carries no answer key, explanation or rubric", () => {
    const view = toStudentItem("item-1", item, "student-1");
    const json = JSON.stringify(view);
    expect(json).not.toContain(secret);
    expect(json).not.toContain('"answer"');
    expect(json).not.toContain("partialCredit");
    expect(json).not.toContain("p-cited");
    expect(view.options?.map((o) => o.key).sort()).toEqual(["a", "b", "c", "d"]);
  });

  it("does not name the cited paragraphs, which are the key of a find-the-evidence item", () => {
    const pick = quizItemSchema.parse({
      key: "q2",
      type: "paragraph",
      prompt: { zhHant: "找證據", en: "Find it" },
      paragraphs: ["p-19"],
      answer: ["p-19"],
      explanation: { zhHant: secret, en: secret },
    });
    expect(JSON.stringify(toStudentItem("item-2", pick, "student-1"))).not.toContain("p-19");
  });

  it("orders options per student, the same way every time", () => {
    const orders = new Set(
      Array.from({ length: 30 }, (_, i) =>
        toStudentItem("item-1", item, `s${i}`)
          .options!.map((o) => o.key)
          .join(""),
      ),
    );
    expect(orders.size).toBeGreaterThan(5);
    expect(toStudentItem("item-1", item, "s1")).toEqual(toStudentItem("item-1", item, "s1"));
  });
});
