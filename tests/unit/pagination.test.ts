import { describe, expect, it } from "vitest";
import { firstPage, laterPageParams, pagePath, pageWindow, paginate, parsePageParam } from "@/lib/pagination";

const items = Array.from({ length: 23 }, (_, i) => i + 1);

describe("pagination", () => {
  it("cuts lists into pages of ten", () => {
    expect(paginate(items, 1)).toEqual({ items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], page: 1, totalPages: 3 });
    expect(paginate(items, 3)?.items).toEqual([21, 22, 23]);
    expect(paginate(items, 4)).toBeUndefined();
    expect(paginate(items, 0)).toBeUndefined();
    expect(paginate([], 1)).toEqual({ items: [], page: 1, totalPages: 1 });
  });

  it("always has a first page, the list's first ten or fifty, even when the list is empty", () => {
    expect(firstPage(items)).toEqual({ items: [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], page: 1, totalPages: 3 });
    expect(firstPage(items, 20)).toEqual({ items: items.slice(0, 20), page: 1, totalPages: 2 });
    expect(firstPage([], 50)).toEqual({ items: [], page: 1, totalPages: 1 });
  });

  it("puts page 1 at the list's own URL and later pages under /page/n", () => {
    expect(pagePath("", 1)).toBe("/");
    expect(pagePath("", 2)).toBe("/page/2");
    expect(pagePath("/tags/silver", 1)).toBe("/tags/silver");
    expect(pagePath("/tags/silver", 3)).toBe("/tags/silver/page/3");
    expect(laterPageParams(23)).toEqual([{ n: "2" }, { n: "3" }]);
    expect(laterPageParams(10)).toEqual([]);
  });

  it("accepts only canonical page numbers from URLs", () => {
    expect(parsePageParam("2")).toBe(2);
    expect(parsePageParam("10")).toBe(10);
    expect(parsePageParam("230")).toBe(230);
    for (const raw of ["1", "0", "02", "2.0", "-2", "two", "", "2x"]) expect(parsePageParam(raw), raw).toBeUndefined();
  });

  it("shows a bounded window of page numbers", () => {
    expect(pageWindow(1, 3)).toEqual([1, 2, 3]);
    expect(pageWindow(1, 10)).toEqual([1, 2, 3, null, 10]);
    expect(pageWindow(5, 10)).toEqual([1, 2, 3, 4, 5, 6, 7, null, 10]);
    expect(pageWindow(250, 500)).toEqual([1, null, 248, 249, 250, 251, 252, null, 500]);
    expect(pageWindow(500, 500)).toHaveLength(5);
  });
});
