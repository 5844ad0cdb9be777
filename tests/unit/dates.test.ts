import { isMainThread } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { farAhead, formatDay, parseContentDate } from "@/lib/content/dates";
import { article, ISLA, makeContentFolder } from "../helpers/content-folder";

const originalTz = process.env.TZ;
afterEach(() => {
  // Assigning undefined would set the string "undefined".
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

// In a worker thread `process.env.TZ` is the thread's own copy and `Date` ignores it. `vitest run`
// uses child processes; StrykerJS uses threads and sets TZ for its whole run instead.
describe.runIf(isMainThread)("dates never shift with the server's time zone", () => {
  for (const tz of ["America/Los_Angeles", "Pacific/Auckland"]) {
    it(`reads 2025-11-29 as November 29, 2025 with TZ=${tz}`, async () => {
      process.env.TZ = tz;
      // Prove the zone really changed for this process, so the test could fail.
      const offset = new Date(2025, 10, 29).getTimezoneOffset();
      expect(offset).toBe(tz === "America/Los_Angeles" ? 480 : -780);

      const folder = await makeContentFolder();
      try {
        await folder.write("content/authors/isla.md", ISLA);
        await folder.write("content/articles/dated.md", article({ date: "2025-11-29" }));
        const { articles } = await folder.load();
        const date = articles[0]?.date;
        expect(date?.day).toBe("2025-11-29");
        expect(date && formatDay(date.day)).toBe("November 29, 2025");
      } finally {
        await folder.remove();
      }
    });
  }
});

describe("parseContentDate", () => {
  it("accepts calendar dates and timestamps with offsets", () => {
    expect(parseContentDate("2024-02-29", "UTC")).toMatchObject({ day: "2024-02-29" });
    expect(parseContentDate("2025-11-29T09:30:00+01:00", "UTC")).toMatchObject({ day: "2025-11-29", instant: Date.UTC(2025, 10, 29, 8, 30) });
    expect(parseContentDate("2025-11-29T09:30Z", "UTC")).toMatchObject({ day: "2025-11-29" });
  });

  it("rejects impossible dates and times, saying which kind of mistake it is", () => {
    const calendar = "is not a real day of the calendar";
    const moment = "is not a real date and time";
    const noOffset = "has a time but not its difference from UTC, so the moment is unclear (add +00:00 for London in winter, +01:00 in summer)";
    const expected: Record<string, string> = {
      "2025-02-29": `\`2025-02-29\` ${calendar}`,
      "2025-00-10": `\`2025-00-10\` ${calendar}`,
      "2025-04-31": `\`2025-04-31\` ${calendar}`,
      "2025-11-29T24:00:00Z": `\`2025-11-29T24:00:00Z\` ${moment}`,
      "2025-11-29T23:60:00Z": `\`2025-11-29T23:60:00Z\` ${moment}`,
      "2025-11-29T23:59:60Z": `\`2025-11-29T23:59:60Z\` ${moment}`,
      "2025-11-29T10:00:00+15:00": `\`2025-11-29T10:00:00+15:00\` ${moment}`,
      "2025-11-29T10:00:00+01:60": `\`2025-11-29T10:00:00+01:60\` ${moment}`,
      "2025-02-30T10:00:00Z": `\`2025-02-30T10:00:00Z\` ${moment}`,
      "2025-11-29T10:00:00": `\`2025-11-29T10:00:00\` ${noOffset}`,
      "2025-11-29 10:00": `\`2025-11-29 10:00\` ${noOffset}`,
      "2025-11-29T10:00:00+0100": "`2025-11-29T10:00:00+0100` has its difference from UTC without the colon",
      // With its colon, +15:00 is no real difference from UTC either.
      "2025-11-29T10:00:00+1500": `\`2025-11-29T10:00:00+1500\` ${noOffset}`,
      "29/11/2025": "`29/11/2025` is not a date written year-month-day",
      "2025-1-5": "`2025-1-5` is not a date written year-month-day",
    };
    for (const [raw, message] of Object.entries(expected)) expect(parseContentDate(raw, "UTC"), raw).toBe(message);
  });

  it("accepts the last second of a day and the widest real offsets", () => {
    expect(parseContentDate("2025-11-29T23:59:59Z", "UTC")).toMatchObject({ day: "2025-11-29", instant: Date.UTC(2025, 10, 29, 23, 59, 59) });
    expect(parseContentDate("2025-11-29T10:00:00+14:00", "UTC")).toMatchObject({ day: "2025-11-28", instant: Date.UTC(2025, 10, 28, 20) });
    expect(parseContentDate("2025-11-29T10:00:00-12:00", "UTC")).toMatchObject({ day: "2025-11-29", instant: Date.UTC(2025, 10, 29, 22) });
    expect(parseContentDate(" 2025-11-29 ", "UTC")).toMatchObject({ raw: "2025-11-29", day: "2025-11-29", instant: Date.UTC(2025, 10, 29) });
  });

  it("accepts an offset's last minute, :59", () => {
    expect(parseContentDate("2025-11-29T10:00:00+00:59", "UTC")).toMatchObject({ day: "2025-11-29", instant: Date.UTC(2025, 10, 29, 9, 1) });
  });

  it("refuses a year before 100, which JavaScript would read as 19xx", () => {
    expect(parseContentDate("0025-01-01", "UTC")).toBe("`0025-01-01` is not a real day of the calendar");
  });

  it("says a date with anything around it is not written year-month-day, and a time with a number of one digit so", () => {
    expect(parseContentDate("on 2025-11-29 10:00", "UTC")).toBe("`on 2025-11-29 10:00` is not a date written year-month-day");
    expect(parseContentDate("2025-11-29T10:5", "UTC")).toBe("`2025-11-29T10:5` has a number of one digit where a date and time takes two (`09:30`, not `9:30`), and no difference from UTC");
    expect(parseContentDate("2025-11-29T9:30:00+00:00", "UTC")).toBe("`2025-11-29T9:30:00+00:00` has a number of one digit where a date and time takes two (`09:30`, not `9:30`)");
    expect(parseContentDate("2025-02-30 9:30", "UTC")).toBe("`2025-02-30 9:30` is not a real date and time");
  });

  it("gives a timestamp the calendar day of the zone it is asked for", () => {
    // 03:00 UTC on the 29th is still the evening of the 28th in Los Angeles.
    expect(parseContentDate("2025-11-29T03:00:00Z", "America/Los_Angeles")).toMatchObject({ raw: "2025-11-29T03:00:00Z", day: "2025-11-28" });
    expect(parseContentDate("2025-11-29T03:00:00Z", "Europe/London")).toMatchObject({ day: "2025-11-29" });
  });
});

// The warning for `date: 2052-11-20` (lib/content/field-advice.ts) offers the day `farAhead` finds.
describe("a date more than a year ahead, and the day probably meant", () => {
  it("is a date more than a year after today, to the day", () => {
    // A year ahead exactly is not; a day of next year past today's is, and 2027 is a slip of 2026.
    expect(farAhead("2027-01-01", "2026-01-01")).toBeUndefined();
    expect(farAhead("2027-06-01", "2026-01-01")).toEqual({ meant: "2026-06-01" });
  });

  it("offers the same day in a year one digit away, not only two digits swapped", () => {
    // 2036 → 2026: the third digit typed wrong.
    expect(farAhead("2036-11-20", "2026-01-01")).toEqual({ meant: "2026-11-20" });
  });

  it("offers, of several years a slip away, the day nearest to today", () => {
    // 2029 → 2022, 2023 or 2024 (the last digit wrong): 2024-07-01 is 182 days after today
    // (January to June of a leap year), 2023-07-01 is 184 days before it, 2022-07-01 549.
    expect(farAhead("2029-07-01", "2024-01-01")).toEqual({ meant: "2024-07-01" });
    // Today's date with its last digit mistyped: 2023, 2024, 2025 and 2026 are all a slip from
    // 2029 and inside the window; today itself is nearest.
    expect(farAhead("2029-11-20", "2025-11-20")).toEqual({ meant: "2025-11-20" });
  });

  it("looks from two years before today up to a year after it, both ends included", () => {
    // 2042 → 2024 (swapped), exactly two years before today; 2072 → 2027, exactly a year after it.
    expect(farAhead("2042-01-01", "2026-01-01")).toEqual({ meant: "2024-01-01" });
    expect(farAhead("2042-01-01", "2026-01-02")).toEqual({ meant: undefined });
    expect(farAhead("2072-01-01", "2026-01-01")).toEqual({ meant: "2027-01-01" });
  });

  it("still offers the day meant when the slip put it centuries ahead", () => {
    // 2206 → 2026: the second and third digits swapped.
    expect(farAhead("2206-06-01", "2026-01-01")).toEqual({ meant: "2026-06-01" });
  });

  it("takes a day more than fifty years ahead, with no slip in sight, as meant", () => {
    // No year one slip from 2105 falls between 2053-06-01 and 2056-06-01. From 2055-06-01 to
    // 2105-06-01 is 50 × 365 days and 12 leap days (2056 to 2104, without 2100): 18,262 days,
    // under 50 × 365.25 = 18,262.5; one day more is past it.
    expect(farAhead("2105-06-01", "2055-06-01")).toEqual({ meant: undefined });
    expect(farAhead("2105-06-02", "2055-06-01")).toBeUndefined();
  });
});
