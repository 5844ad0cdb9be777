import { describe, expect, it } from "vitest";
import { groupByMonth } from "@/lib/archive";
import { makeArticle } from "../helpers/fixtures";

describe("archive", () => {
  it("groups newest-first articles by year and month of their calendar day", () => {
    const years = groupByMonth([
      makeArticle({ slug: "d", date: "2026-01-01" }),
      makeArticle({ slug: "c", date: "2025-12-31" }),
      makeArticle({ slug: "b", date: "2025-12-01" }),
      makeArticle({ slug: "a", date: "2025-06-10" }),
    ]);
    expect(years.map((y) => [y.year, y.months.map((m) => [m.label, m.articles.map((a) => a.slug)])])).toEqual([
      ["2026", [["January", ["d"]]]],
      ["2025", [["December", ["c", "b"]], ["June", ["a"]]]],
    ]);
  });
});
