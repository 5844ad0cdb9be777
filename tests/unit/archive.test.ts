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
      makeArticle({ slug: "older", date: "2024-09-30" }),
      makeArticle({ slug: "oldest", date: "2024-02-29" }),
    ]);
    expect(years.map((y) => [y.year, y.months.map((m) => [m.key, m.label, m.articles.map((a) => a.slug)])])).toEqual([
      ["2026", [["2026-01", "January", ["d"]]]],
      ["2025", [["2025-12", "December", ["c", "b"]], ["2025-06", "June", ["a"]]]],
      ["2024", [["2024-09", "September", ["older"]], ["2024-02", "February", ["oldest"]]]],
    ]);
  });
});
