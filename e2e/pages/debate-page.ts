import { expect, type Page } from "@playwright/test";
import { expectNoSeriousA11yViolations } from "../support/axe";
import { fmt } from "../support/format";
import { H20_SIDES } from "../support/h20";
import { zh } from "../support/messages";

/** A student's debate board: stance, side, arguments with evidence selected in the article, replies. */
export class DebatePage {
  constructor(readonly page: Page) {}

  async open() {
    await this.page.getByRole("link", { name: zh.debate.debateLink }).click();
    await expect(this.page.getByRole("heading", { level: 1, name: zh.debate.title })).toBeVisible();
    await expectNoSeriousA11yViolations(this.page);
  }

  async giveStance(label: string) {
    await this.page.getByRole("radio", { name: label }).check();
    await this.page.getByRole("button", { name: zh.debate.stanceSubmit }).click();
    await expect(this.page.getByRole("status").filter({ hasText: zh.debate.live })).toBeVisible();
  }

  /** Chooses a side by its name on this board (by default the first lesson's names). */
  async chooseSide(side: "first" | "second", name = H20_SIDES[side]) {
    const form = this.page.getByRole("form", { name: zh.debate.chooseSide });
    await form.getByRole("button", { name, exact: true }).click();
    // Exact: the form's own text ("選擇你的立場：" and the side buttons) contains "你的立場：退卻" as well.
    await expect(this.page.getByText(fmt(zh.debate.yourSide, { side: name }), { exact: true })).toBeVisible();
  }

  /** Selects `text` in paragraph n of the article beside the board, as a mouse drag would (across the paragraph's text nodes). */
  async selectInArticle(n: number, text: string) {
    await this.page.locator(`#debate-article [data-pos="${n}"]`).evaluate((el, wanted) => {
      const nodes: Text[] = [];
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
      while (walker.nextNode()) nodes.push(walker.currentNode as Text);
      const whole = nodes.map((t) => t.data).join("");
      const at = whole.indexOf(wanted);
      if (at < 0) throw new Error(`"${wanted}" is not in the paragraph`);
      const locate = (offset: number, end: boolean) => {
        let passed = 0;
        for (const node of nodes) {
          const inside = end ? offset <= passed + node.data.length : offset < passed + node.data.length;
          if (inside) return { node, offset: offset - passed };
          passed += node.data.length;
        }
        throw new Error("offset past the paragraph");
      };
      const from = locate(at, false);
      const to = locate(at + wanted.length, true);
      const range = document.createRange();
      range.setStart(from.node, from.offset);
      range.setEnd(to.node, to.offset);
      const selection = document.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      el.dispatchEvent(new MouseEvent("mouseup", { bubbles: true }));
    }, text);
  }

  async postArgument(details: { claim: string; reasoning: string; quote: { paragraph: number; text: string } }) {
    const form = this.page.getByRole("form", { name: zh.debate.newArgument });
    await form.getByRole("textbox", { name: zh.debate.claim }).fill(details.claim);
    await form.getByRole("textbox", { name: zh.debate.reasoning }).fill(details.reasoning);
    await this.selectInArticle(details.quote.paragraph, details.quote.text);
    await form.getByRole("button", { name: zh.debate.addSelection }).click();
    await expect(form.getByRole("list", { name: zh.debate.chosenEvidence })).toContainText(details.quote.text);
    await form.getByRole("button", { name: zh.debate.postArgument }).click();
    await expect(form.getByText(zh.debate.posted)).toBeVisible();
  }

  argument(claim: string) {
    return this.page.getByRole("article", { name: claim });
  }

  async reply(
    toClaim: string,
    details: { kind: "support" | "rebut" | "question"; body: string; quote?: { paragraph: number; text: string } },
  ) {
    const post = this.argument(toClaim);
    await post.getByRole("button", { name: fmt(zh.debate.replyTo, { name: toClaim }) }).click();
    const form = post.getByRole("form", { name: fmt(zh.debate.replyTo, { name: toClaim }) });
    await form.getByRole("radio", { name: zh.debate.kind[details.kind] }).check();
    await form.getByRole("textbox", { name: zh.debate.replyBody }).fill(details.body);
    if (details.quote) {
      await this.selectInArticle(details.quote.paragraph, details.quote.text);
      await form.getByRole("button", { name: zh.debate.addSelection }).click();
    }
    await form.getByRole("button", { name: zh.debate.postReply }).click();
    await expect(post.getByText(zh.debate.posted)).toBeVisible();
  }
}
