import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { CARD_TEXT_LIMITS, drawableCard, renderSocialImage } from "@/app/_og/render-social-image";

/*
 * Issue 18, class 1: the social card has a size and a time budget. The content limits keep
 * drawing fast; these are the runtime fallback, so a card that cannot be drawn never answers 500
 * or holds a request.
 */

const card = { title: "Why We Repair Before We Replace", kicker: "Marrow & Vale Journal", footer: "By Isla Marrow" };
const bytes = async (response: Response) => Buffer.from(await response.arrayBuffer());
const never = () => new Promise<Uint8Array>(() => {});

describe("the social card's budget", { timeout: 60_000 }, () => {
  it("draws at most 100 characters of a title, ending in an ellipsis", () => {
    const drawn = drawableCard({ ...card, title: "x".repeat(20_000) });
    expect(CARD_TEXT_LIMITS.title).toBe(100);
    expect(drawn.title).toBe(`${"x".repeat(99)}…`);
    expect(drawableCard(card)).toEqual(card);
  });

  it("answers with the logo when neither the card nor the plain card is drawn in time", async () => {
    const response = await renderSocialImage(card, { cacheDir: undefined, budgetMs: 50, draw: never });
    expect(response.headers.get("content-type")).toBe("image/png");
    expect(await bytes(response)).toEqual(await readFile("public/images/logo.png"));
  });

  it("answers with the plain card, the site's name alone, when the card's drawing fails", async () => {
    const drawn: string[] = [];
    const draw = async (attempt: typeof card) => {
      drawn.push(attempt.title);
      if (attempt.title !== "Marrow & Vale Journal") throw new Error("cannot draw");
      return new Uint8Array(Buffer.from("plain card"));
    };
    const response = await renderSocialImage(card, { cacheDir: undefined, budgetMs: 5_000, draw });
    expect((await bytes(response)).toString()).toBe("plain card");
    expect(drawn).toEqual([card.title, "Marrow & Vale Journal"]);
  });

  it("waits for every card in a build (no budget)", async () => {
    const slow = () => new Promise<Uint8Array>((resolve) => setTimeout(() => resolve(new Uint8Array(Buffer.from("drawn late"))), 100));
    const response = await renderSocialImage(card, { cacheDir: undefined, budgetMs: null, draw: slow });
    expect((await bytes(response)).toString()).toBe("drawn late");
  });
});
