import { afterEach, describe, expect, it } from "vitest";
import { formatDay } from "@/lib/content/dates";
import { article, ISLA, makeContentFolder } from "../helpers/content-folder";

/*
 * The studio's clock is London's. In summer (BST, UTC+1) the hour after midnight in London is
 * still the day before in UTC, so a date read in UTC, in the server's zone or in any other zone
 * is one day off there. Every expectation below is worked out by hand from that rule.
 */

const originalTz = process.env.TZ;
afterEach(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

/** Loads one article by Isla with `date` (and `updated`), at the instant `now`. */
async function loadOne(fields: Record<string, string>, now: string) {
  const folder = await makeContentFolder();
  try {
    await folder.write("content/authors/isla.md", ISLA);
    await folder.write("content/articles/late.md", article(fields));
    const { articles, allArticles, issues } = await folder.load({ now: new Date(now), includeUnpublished: true });
    expect(issues).toEqual([]);
    expect(articles).toHaveLength(1);
    return { article: allArticles[0], published: articles.filter((entry) => entry.status === "published").length === 1 };
  } finally {
    await folder.remove();
  }
}

// The same expectations whatever zone the server runs in: west of UTC, and far east of it.
for (const tz of ["UTC", "America/Los_Angeles", "Pacific/Auckland"]) {
  describe(`with the server in TZ=${tz}`, () => {
    it("reads 00:30 London summer time as that London day, though UTC is still on the day before", async () => {
      process.env.TZ = tz;
      const { article: loaded } = await loadOne({ date: "2025-07-01T00:30:00+01:00" }, "2026-01-01T12:00:00Z");
      expect(loaded?.date).toEqual({ raw: "2025-07-01T00:30:00+01:00", day: "2025-07-01", instant: Date.UTC(2025, 5, 30, 23, 30) });
      expect(formatDay(loaded?.date.day ?? "")).toBe("July 1, 2025");
    });

    it("reads 23:30 UTC on a summer evening as the next London day", async () => {
      process.env.TZ = tz;
      const { article: loaded } = await loadOne({ date: "2025-06-30T23:30:00Z" }, "2026-01-01T12:00:00Z");
      expect(loaded?.date.day).toBe("2025-07-01");
    });

    it("reads 23:30 London time on a summer evening as that same London day, though it is the next day east of London", async () => {
      process.env.TZ = tz;
      const { article: loaded } = await loadOne({ date: "2025-06-10T22:30:00Z" }, "2026-01-01T12:00:00Z");
      expect(loaded?.date.day).toBe("2025-06-10");
    });

    it("reads 23:30 UTC in winter as that same day: London is on UTC then", async () => {
      process.env.TZ = tz;
      const { article: loaded } = await loadOne({ date: "2025-01-14T23:30:00Z" }, "2026-01-01T12:00:00Z");
      expect(loaded?.date.day).toBe("2025-01-14");
    });

    it("reads a timestamp written in another zone as the London day it falls on", async () => {
      process.env.TZ = tz;
      // 20:00 in Los Angeles (UTC-7 in summer) is 04:00 the next morning in London.
      const { article: loaded } = await loadOne({ date: "2025-08-14T20:00:00-07:00" }, "2026-01-01T12:00:00Z");
      expect(loaded?.date.day).toBe("2025-08-15");
      expect(formatDay(loaded?.date.day ?? "")).toBe("August 15, 2025");
    });

    it("publishes a calendar date from London's midnight, an hour before UTC's in summer", async () => {
      process.env.TZ = tz;
      // 23:30 UTC on June 30 is 00:30 on July 1 in London: July 1 has come.
      expect((await loadOne({ date: "2025-07-01" }, "2025-06-30T23:30:00Z")).published).toBe(true);
      // 22:59 UTC is 23:59 in London, still June 30.
      expect((await loadOne({ date: "2025-07-01" }, "2025-06-30T22:59:00Z")).published).toBe(false);
    });

    it("keeps a calendar date scheduled until London's midnight in winter, when UTC's is the same", async () => {
      process.env.TZ = tz;
      expect((await loadOne({ date: "2025-01-15" }, "2025-01-14T23:59:59Z")).published).toBe(false);
      expect((await loadOne({ date: "2025-01-15" }, "2025-01-15T00:00:00Z")).published).toBe(true);
    });

    it("publishes a timestamp at its very instant, not a second before", async () => {
      process.env.TZ = tz;
      const fields = { date: "2025-07-01T00:30:00+01:00" };
      expect((await loadOne(fields, "2025-06-30T23:29:59Z")).published).toBe(false);
      expect((await loadOne(fields, "2025-06-30T23:30:00Z")).published).toBe(true);
    });

    it("marks the not-yet-due article as scheduled and a draft as a draft, whatever its date", async () => {
      process.env.TZ = tz;
      expect((await loadOne({ date: "2025-07-01" }, "2025-06-30T22:59:00Z")).article?.status).toBe("scheduled");
      expect((await loadOne({ date: "2025-07-01", draft: "true" }, "2026-01-01T12:00:00Z")).article?.status).toBe("draft");
    });
  });
}
