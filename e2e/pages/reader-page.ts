import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { zh } from "../support/messages";

export class ReaderPage {
  constructor(readonly page: Page) {}

  async expectLoaded(title: RegExp | string) {
    await expect(this.page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expectNoSeriousA11yViolations(this.page);
  }

  paragraph(n: number) {
    return this.page.locator(`#p-${n} .ptext`);
  }

  /** The 繁 or 简 button: named by its short and long label ("繁 繁體中文（原文）"), unlike the UI language's. */
  scriptButton(script: "trad" | "simp") {
    const [short, label] =
      script === "simp" ? [zh.reader.simp, zh.reader.simpLabel] : [zh.reader.trad, zh.reader.tradLabel];
    return this.page.getByRole("button", { name: new RegExp(`^${short} ${label}`) });
  }

  async switchScript(script: "trad" | "simp") {
    await this.scriptButton(script).click();
    await expect(this.scriptButton(script)).toHaveAttribute("aria-pressed", "true");
  }

  /**
   * Selects `text` inside paragraph n the way a mouse drag does (a DOM selection, then mouseup), or as a
   * phone's selection handles do (the selection only): Playwright has no "select these characters" gesture.
   */
  async select(n: number, text: string, how: "mouse" | "handles" = "mouse") {
    await this.paragraph(n).evaluate(
      (el, [wanted, how]) => {
        const full = el.textContent ?? "";
        const at = full.indexOf(wanted);
        if (at < 0) throw new Error(`"${wanted}" is not in the paragraph`);
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        const range = document.createRange();
        let seen = 0;
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const len = node.textContent!.length;
          if (at >= seen && at <= seen + len && range.startContainer === document) range.setStart(node, at - seen);
          if (at + wanted.length <= seen + len) {
            range.setEnd(node, at + wanted.length - seen);
            break;
          }
          seen += len;
        }
        const selection = document.getSelection()!;
        selection.removeAllRanges();
        selection.addRange(range);
        // "handles": a phone's selection handles move the selection without sending the page any event.
        if (how === "mouse") el.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
      },
      [text, how] as const,
    );
  }

  /** Scrolls down to paragraph n the way a reader does, a little at a time (a jump straight there is not reading). */
  async readTo(n: number) {
    const target = this.paragraph(n);
    for (
      let step = 0;
      step < 200 && !(await target.evaluate((el) => el.getBoundingClientRect().top < window.innerHeight / 2));
      step++
    ) {
      await this.page.mouse.wheel(0, 400);
      await this.page.waitForTimeout(50); // reading pace, so the page sees the scroll as it happens
    }
  }

  async highlight(n: number, text: string, note: string) {
    await this.select(n, text);
    const panel = this.page.getByRole("form", { name: zh.reader.highlightSelection });
    await expect(panel).toBeVisible();
    await panel.getByLabel(zh.reader.noteLabel).fill(note);
    await panel.getByRole("button", { name: zh.reader.saveHighlight }).click();
    await expect(panel).toBeHidden();
  }

  myHighlights() {
    return this.page.getByRole("region", { name: zh.reader.myHighlights });
  }

  /** How many ranges the CSS Custom Highlight API is painting. */
  paintedHighlights() {
    return this.page.evaluate(
      () => (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("student-highlight")?.size ?? 0,
    );
  }

  /** The words each painted highlight covers, as the reader shows them now. */
  paintedTexts() {
    return this.page.evaluate(() =>
      [...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get("student-highlight") ?? [])].map(
        (range) => range.toString(),
      ),
    );
  }
}
