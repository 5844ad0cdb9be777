import { isMainThread } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { formatDay, parseContentDate } from "@/lib/content/dates";
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

  it("says a date with anything around it, or a cut-off time, is not written year-month-day", () => {
    expect(parseContentDate("on 2025-11-29 10:00", "UTC")).toBe("`on 2025-11-29 10:00` is not a date written year-month-day");
    expect(parseContentDate("2025-11-29T10:5", "UTC")).toBe("`2025-11-29T10:5` is not a date written year-month-day");
  });

  it("gives a timestamp the calendar day of the zone it is asked for", () => {
    // 03:00 UTC on the 29th is still the evening of the 28th in Los Angeles.
    expect(parseContentDate("2025-11-29T03:00:00Z", "America/Los_Angeles")).toMatchObject({ raw: "2025-11-29T03:00:00Z", day: "2025-11-28" });
    expect(parseContentDate("2025-11-29T03:00:00Z", "Europe/London")).toMatchObject({ day: "2025-11-29" });
  });
});
