import { describe, expect, it } from "vitest";
import { readingsAdvice, readingsOfDate } from "@/lib/content/dates";

/* The days offered to an author who wrote a date another way than year-month-day ("write `date: 2025-11-20`"). */

describe("the days a date written another way may mean", () => {
  it("reads day/month/year, and both ways when the day could be the month", () => {
    expect(readingsOfDate("20/11/2025")).toEqual(["2025-11-20"]);
    expect(readingsOfDate("05.11.2025")).toEqual(["2025-11-05", "2025-05-11"]);
    expect(readingsOfDate("05/05/2025")).toEqual(["2025-05-05"]);
  });

  it("reads year/month/day with one or two digits", () => {
    expect(readingsOfDate("2025/11/5")).toEqual(["2025-11-05"]);
    expect(readingsOfDate("2025/11/25")).toEqual(["2025-11-25"]);
  });

  it("reads a date whose month is written as a word, day or month first, as the fifth jeweler's trial wrote `6 Dec 2026`", () => {
    expect(readingsOfDate("6 Dec 2026")).toEqual(["2026-12-06"]);
    expect(readingsOfDate("6th December, 2026")).toEqual(["2026-12-06"]);
    expect(readingsOfDate("Dec. 6, 2026")).toEqual(["2026-12-06"]);
    expect(readingsOfDate("sept 9 2026")).toEqual(["2026-09-09"]);
  });

  it("offers nothing for a word that names no month, or a day the month does not have", () => {
    expect(readingsOfDate("6 De 2026")).toEqual([]);
    expect(readingsOfDate("6 Decembre 2026")).toEqual([]);
    expect(readingsOfDate("Someday 6, 2026")).toEqual([]);
    expect(readingsOfDate("31 Feb 2026")).toEqual([]);
  });

  it("reads a date with spaces around it", () => {
    expect(readingsOfDate(" 20/11/2025 ")).toEqual(["2025-11-20"]);
  });

  it("offers nothing for digits before or after the date", () => {
    expect(readingsOfDate("120/11/2025")).toEqual([]);
    expect(readingsOfDate("20/11/20251")).toEqual([]);
    expect(readingsOfDate("12025/11/5")).toEqual([]);
  });

  it("offers nothing for a date already written year-month-day", () => {
    expect(readingsOfDate("2025-11-05")).toEqual([]);
  });
});

describe("the advice for a date written another way", () => {
  const line = (day: string) => `date: ${day}`;

  it("quotes the date without the spaces around it, with one reading or two", () => {
    expect(readingsAdvice(" 20/11/2025 ", line)).toBe("must be written year-month-day: for `20/11/2025` (November 20, 2025) write `date: 2025-11-20`");
    expect(readingsAdvice(" 05/11/2025 ", line)).toBe(
      "must be written year-month-day: for `05/11/2025` write `date: 2025-11-05` if you mean November 5, 2025, or `date: 2025-05-11` if you mean May 11, 2025",
    );
  });
});
