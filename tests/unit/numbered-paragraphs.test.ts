import { describe, expect, it } from "vitest";
import { articlePerTest } from "../helpers/article-per-test";

/*
 * The fourth jeweler's trial: `1925. The Paris exhibition…` at a paragraph's start is a numbered
 * list starting at 1925, with no message. A list starting at 10 or more that goes on from no list
 * above is an error on each item's file line (the text starts on line 9) with the line to write;
 * written so, the article passes and shows no list.
 */

const { problems, html } = articlePerTest("history.md");

const WHY = "because a line starting with a number and `.` starts a numbered list; to show it as typed, write";

describe("a paragraph starting with a year and a period", () => {
  it.each([
    [
      "Our story.\n\n1925. The Paris exhibition sets the style.",
      "Our story.\n\n1925\\. The Paris exhibition sets the style.",
      [`11: error: the line \`1925. The Paris exhibition sets the style.\` is shown as a numbered list starting at 1925 (the number set apart, the words indented), ${WHY} \`1925\\. The Paris exhibition sets the style.\``],
    ],
    [
      "Our story.\n\n1925. Paris.\n\n1930. The crash.",
      "Our story.\n\n1925\\. Paris.\n\n1930\\. The crash.",
      [
        `11: error: the line \`1925. Paris.\` is shown as a numbered list starting at 1925 (the number set apart, the words indented), ${WHY} \`1925\\. Paris.\``,
        `13: error: the line \`1930. The crash.\` is shown as item 1926 of the numbered list above, numbered 1926, ${WHY} \`1930\\. The crash.\``,
      ],
    ],
    [
      "> 12. December is our busiest week.",
      "> 12\\. December is our busiest week.",
      [`9: error: the line \`12. December is our busiest week.\` is shown as a numbered list starting at 12 (the number set apart, the words indented), ${WHY} \`> 12\\. December is our busiest week.\``],
    ],
    [
      "Our top three.\n\n10. The Cartier panther\n9. The Tiffany lamp",
      "Our top three.\n\n10\\. The Cartier panther\n\n9\\. The Tiffany lamp",
      [
        `11: error: the line \`10. The Cartier panther\` is shown as a numbered list starting at 10 (the number set apart, the words indented), ${WHY} \`10\\. The Cartier panther\``,
        `12: error: the line \`9. The Tiffany lamp\` is shown as item 11 of the numbered list above, numbered 11, ${WHY} \`9\\. The Tiffany lamp\`, and leave a blank line above it, or the page joins it to the line above`,
      ],
    ],
    [
      "Our eleven birthstones so far:\n\n- garnet\n- amethyst\n- aquamarine\n- diamond\n- emerald\n- pearl\n- ruby\n- peridot\n- sapphire\n- opal\n- topaz\n\n12. December's turquoise comes next month.",
      "Our eleven birthstones so far:\n\n- garnet\n- amethyst\n- aquamarine\n- diamond\n- emerald\n- pearl\n- ruby\n- peridot\n- sapphire\n- opal\n- topaz\n\n12\\. December's turquoise comes next month.",
      [`23: error: the line \`12. December's turquoise comes next month.\` is shown as a numbered list starting at 12 (the number set apart, the words indented), ${WHY} \`12\\. December's turquoise comes next month.\``],
    ],
    [
      "1925. The Paris exhibition of decorative arts, where Cartier, Boucheron and Van Cleef & Arpels showed the jewels that gave a whole style its name.",
      "1925\\. The Paris exhibition of decorative arts, where Cartier, Boucheron and Van Cleef & Arpels showed the jewels that gave a whole style its name.",
      [
        `9: error: the line \`1925. The Paris exhibition of decorative arts, where Cartie…\` is shown as a numbered list starting at 1925 (the number set apart, the words indented), ${WHY} \`1925\\. The Paris exhibition of decorative arts, where Cartier, Bo…\``,
      ],
    ],
  ])("%j: an error on each item, and the lines given show no list", async (text, written, messages) => {
    expect(await problems(text)).toEqual(messages);
    expect(await html(text)).toContain("<ol");
    expect(await problems(written)).toEqual([]);
    expect(await html(written)).not.toContain("<ol");
  });

  it.each([
    "1. Clean\n2. Polish",
    "1. Clean\n2. Polish\n\nThen, once dry:\n\n3. Wrap",
    "Steps one to nine.\n\n1. a\n2. b\n3. c\n4. d\n5. e\n6. f\n7. g\n8. h\n9. i\n\nAnd on.\n\n10. j\n11. k",
    "In 1925. The year",
    "1925\\. The Paris exhibition.",
    "```\n1925. In code\n```",
    // A timeline, one year a line in order: shown each line apart, numbered as typed.
    "The studio, year by year:\n\n2019. A shed behind the house.\n2020. The first commissions.\n2021. The shop on Harbour Lane.",
    "> 1925. Paris.\n> 1926. London.",
  ])("%j: no message", async (text) => {
    expect(await problems(text)).toEqual([]);
  });
});
