import { afterEach, describe, expect, it } from "vitest";
import { formatDay, parseContentDate } from "@/lib/content/dates";
import { article, ISLA, makeContentFolder } from "../helpers/content-folder";

const originalTz = process.env.TZ;
afterEach(() => {
  process.env.TZ = originalTz;
});

describe("dates never shift with the server's time zone", () => {
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

  it("rejects impossible dates and times", () => {
    for (const raw of ["2025-02-29", "2025-00-10", "2025-04-31", "2025-11-29T24:00:00Z", "2025-11-29T10:00:00+15:00", "29/11/2025", "2025-1-5"]) {
      expect(parseContentDate(raw, "UTC"), raw).toEqual(expect.any(String));
    }
  });
});
