import { site } from "../site";
import { quote } from "./printable";

/**
 * Publication dates are calendar dates (`2025-11-29`) or timestamps with an explicit offset
 * (`2025-11-29T09:30:00+01:00`). They are validated here rather than by the YAML parser, which
 * would happily turn `2025-13-45` into a real date, and they never pass through the server's
 * own time zone: a calendar date stays the same calendar date on every machine.
 */
export type ContentDate = {
  /** Exactly what the author wrote; valid as an HTML `datetime` attribute. */
  raw: string;
  /** The calendar day (`YYYY-MM-DD`) in the site's time zone. */
  day: string;
  /** Milliseconds since the epoch; calendar dates count from the start of the day in UTC. */
  instant: number;
};

const DATE_ONLY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(\.\d{1,3})?)?(Z|[+-]\d{2}:\d{2})$/;
/** `2026-11-20T9:30:00+00:00`, `2026-11-20 9:30`: a date and time with numbers of one digit, or no difference from UTC, or one without its colon. */
const LOOSE_STAMP = /^(\d{4})-(\d{1,2})-(\d{1,2})[T ](\d{1,2}):(\d{1,2})(?::(\d{1,2}))?(Z|[+-]\d{2}:?\d{2})?$/;


function isRealDay(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year &&
    // Stryker disable next-line ConditionalExpression: a month past 12 changes the year, and a day past the month's end the day, so the other tests still refuse it
    date.getUTCMonth() === month - 1 &&
    // Stryker disable next-line ConditionalExpression: a day past the month's end (at most 99) changes the month, which the test above refuses
    date.getUTCDate() === day
  );
}

// Building a formatter costs far more than using one, and every article asks for one.
const dayFormats = new Map<string, Intl.DateTimeFormat>();

/** The calendar day of an instant as seen on a wall clock in `timeZone`. */
export function dayInTimeZone(instant: number, timeZone: string): string {
  let format = dayFormats.get(timeZone);
  // Stryker disable next-line ConditionalExpression: only the cache: a new formatter formats the same day
  if (!format) {
    // en-CA formats as YYYY-MM-DD.
    format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" });
    dayFormats.set(timeZone, format);
  }
  return format.format(instant);
}

/**
 * Parses a frontmatter date, or says what is wrong with it (the schema adds the line to write).
 * The value is quoted as written, escaped so that it prints on one line.
 */
export function parseContentDate(raw: string, timeZone: string): ContentDate | string {
  const value = raw.trim();
  const dateOnly = DATE_ONLY.exec(value);
  if (dateOnly) {
    const [year, month, day] = [Number(dateOnly[1]), Number(dateOnly[2]), Number(dateOnly[3])];
    if (!isRealDay(year, month, day)) return `${quote(value)} is not a real day of the calendar`;
    return { raw: value, day: value, instant: Date.UTC(year, month - 1, day) };
  }
  const stamp = TIMESTAMP.exec(value);
  if (stamp) {
    const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(stamp[i] ?? 0)) as [
      number, number, number, number, number, number,
    ];
    // Stryker disable next-line StringLiteral: the pattern requires an offset, so the fallback never runs
    const offset = stamp[8] ?? "Z";
    // Two checks of the offset's size: for `Z`, a mutant reading NaN passes them as 0 does, and the instant comes from Date.parse.
    // Stryker disable next-line ConditionalExpression,StringLiteral: `Z` read as an offset gives NaN hours, which fail neither `> 14` nor `> 59`, and the instant comes from Date.parse either way
    const offsetHours = offset === "Z" ? 0 : Number(offset.slice(1, 3));
    // Stryker disable next-line ConditionalExpression,StringLiteral: `Z` read as an offset gives NaN minutes, which fail neither `> 14` nor `> 59`, and the instant comes from Date.parse either way
    const offsetMinutes = offset === "Z" ? 0 : Number(offset.slice(4, 6));
    if (!isRealDay(year, month, day) || hour > 23 || minute > 59 || second > 59 || offsetHours > 14 || offsetMinutes > 59) {
      return `${quote(value)} is not a real date and time`;
    }
    const instant = Date.parse(value);
    return { raw: value, day: dayInTimeZone(instant, timeZone), instant };
  }
  if (withOffsetColon(value) !== undefined) return `${quote(value)} has its difference from UTC without the colon`;
  if (/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}/.test(value)) {
    return `${quote(value)} has a time but not its difference from UTC, so the moment is unclear (add +00:00 for London in winter, +01:00 in summer)`;
  }
  const loose = LOOSE_STAMP.exec(value);
  if (loose !== null) {
    if (dateTimeInFull(value, timeZone) === undefined) return `${quote(value)} is not a real date and time`;
    const noOffset = loose[7] === undefined ? ", and no difference from UTC" : "";
    return `${quote(value)} has a number of one digit where a date and time takes two (\`09:30\`, not \`9:30\`)${noOffset}`;
  }
  return `${quote(value)} is not a date written year-month-day`;
}

/** `+01:00` for a moment in London's summer: the difference from UTC on the wall clocks of `timeZone`. */
function offsetIn(timeZone: string, instant: number): string {
  const parts = new Intl.DateTimeFormat("en-GB", { timeZone, timeZoneName: "longOffset" }).formatToParts(instant);
  // `GMT` when there is no difference, else `GMT+01:00`.
  const name = parts.find((part) => part.type === "timeZoneName")?.value ?? "GMT";
  return name === "GMT" ? "+00:00" : name.slice(3);
}

/**
 * `2026-11-20T9:30:00+00:00` → `2026-11-20T09:30:00+00:00`: the date and time the author wrote,
 * written in full, with the studio's difference from UTC on that day when none is written (read at
 * the wall clock's time as if it were UTC's, which is off only in the hour the clocks change).
 * Undefined when it is no real moment, or already written in full.
 */
export function dateTimeInFull(raw: string, timeZone: string): string | undefined {
  const value = raw.trim();
  const loose = LOOSE_STAMP.exec(value);
  if (loose === null) return undefined;
  const [year, month, day, hour, minute, second] = [1, 2, 3, 4, 5, 6].map((i) => Number(loose[i] ?? 0)) as [number, number, number, number, number, number];
  const written = loose[7];
  const offset = written === undefined ? offsetIn(timeZone, Date.UTC(year, month - 1, day, hour, minute)) : written.replace(/^([+-]\d{2})(\d{2})$/, "$1:$2");
  const full = `${pad(year, 4)}-${pad(month)}-${pad(day)}T${pad(hour)}:${pad(minute)}:${pad(second)}${offset}`;
  return full === value || typeof parseContentDate(full, timeZone) === "string" ? undefined : full;
}

/**
 * `2026-12-02T10:00:00+0100` → `2026-12-02T10:00:00+01:00`: a time whose difference from UTC lacks
 * only its colon; undefined for any other value, or when the colon alone does not make it a real date.
 */
export function withOffsetColon(raw: string): string | undefined {
  const colonless = /^(\d{4}-\d{2}-\d{2}T[\d:.]+[+-]\d{2})(\d{2})$/.exec(raw.trim());
  if (colonless === null) return undefined;
  const fixed = `${colonless[1]}:${colonless[2]}`;
  return typeof parseContentDate(fixed, "UTC") === "string" ? undefined : fixed;
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

/** 12 for `Dec`, `Dec.` or `December`, any capitals; 0 for a word that names no month (at least three letters of its name). */
const monthNamed = (word: string) => 1 + MONTHS.findIndex((name) => word.length >= 3 && name.startsWith(word.toLowerCase()));

/** `6 Dec 2026`, `6th December, 2026`: the day, the month's name, the year. */
const DAY_MONTH_YEAR = /^(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]+)\.?,?\s+(\d{4})$/i;
/** `Dec 6, 2026`, `December 6th 2026`: the month's name, the day, the year. */
const MONTH_DAY_YEAR = /^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/i;

/** The day, month and year of a date whose month is written as a word; undefined for any other value. */
function namedMonth(value: string): [number, number, number] | undefined {
  const dayFirst = DAY_MONTH_YEAR.exec(value);
  const monthFirst = MONTH_DAY_YEAR.exec(value);
  // Stryker disable next-line StringLiteral: each pattern's groups take part in every match, so the fallbacks never run
  const [day = "", month = "", year = ""] = dayFirst ? [dayFirst[1], dayFirst[2], dayFirst[3]] : monthFirst ? [monthFirst[2], monthFirst[1], monthFirst[3]] : [];
  const number = monthNamed(month);
  return number === 0 ? undefined : [Number(year), number, Number(day)];
}

/**
 * The calendar days (`YYYY-MM-DD`) a date written another way may mean: `20/11/2025` is 20
 * November; `05/11/2025` is 5 November or, written the American way, May 11; `2025/11/5`,
 * `2025-11-5`, `5 Nov 2025` and `Nov 5, 2025` are 5 November. Empty when `raw` is not such a date.
 */
export function readingsOfDate(raw: string): string[] {
  const value = raw.trim();
  const dayFirst = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/.exec(value);
  const yearFirst = /^(\d{4})[./-](\d{1,2})[./-](\d{1,2})$/.exec(value);
  // Stryker disable next-line ArrayDeclaration: a text put in the list reads as no real day, so it is filtered out below
  const candidates: [number, number, number][] = [];
  if (dayFirst) {
    const [a, b, year] = [Number(dayFirst[1]), Number(dayFirst[2]), Number(dayFirst[3])];
    candidates.push([year, b, a], [year, a, b]);
  } else if (yearFirst) {
    candidates.push([Number(yearFirst[1]), Number(yearFirst[2]), Number(yearFirst[3])]);
  } else {
    const named = namedMonth(value);
    if (named) candidates.push(named);
  }
  const days = candidates.filter(([year, month, day]) => isRealDay(year, month, day)).map(([year, month, day]) => `${pad(year, 4)}-${pad(month)}-${pad(day)}`);
  return [...new Set(days)].filter((day) => day !== value);
}

const longDate = new Intl.DateTimeFormat(site.locale, { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

/** "November 29, 2025" for the day `2025-11-29`, whatever the server's time zone. */
export function formatDay(day: string): string {
  const [year, month, date] = day.split("-").map(Number) as [number, number, number];
  return longDate.format(Date.UTC(year, month - 1, date));
}

/**
 * For a date written day/month/year (or month/day/year), what to write for each way of reading
 * it, as `lineFor` writes a day (`date: 2025-11-20` in a file, `--date 2025-11-20` on a command line).
 */
export function readingsAdvice(raw: string, lineFor: (day: string) => string): string | undefined {
  const readings = readingsOfDate(raw).map((day) => ({ line: quote(lineFor(day)), words: formatDay(day) }));
  const [first, second] = readings;
  if (first === undefined) return undefined;
  if (second === undefined) return `must be written year-month-day: for ${quote(raw.trim())} (${first.words}) write ${first.line}`;
  return `must be written year-month-day: for ${quote(raw.trim())} write ${first.line} if you mean ${first.words}, or ${second.line} if you mean ${second.words}`;
}

const DAY = 86_400_000;
const dayNumber = (day: string) => Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)) - 1, Number(day.slice(8, 10))) / DAY;
/**
 * Past this many days (fifty years of 365.25 days, in whole days, as day numbers count), with no
 * slip of the keys in sight, a date is plainly meant: a letter to the future.
 */
const DELIBERATE_DAYS = Math.floor(50 * 365.25);

/** Years one slip of the keys away from `year`: two neighbouring digits swapped, or one digit wrong. */
function slipsOf(year: string): string[] {
  const digits = [...year];
  const swapped = digits.slice(1).map((digit, at) => [...digits.slice(0, at), digit, digits[at], ...digits.slice(at + 2)].join(""));
  const changed = digits.flatMap((_, at) => [..."0123456789"].map((digit) => [...digits.slice(0, at), digit, ...digits.slice(at + 1)].join("")));
  // Stryker disable next-line MethodExpression,ConditionalExpression: `year` itself gives back the day asked about, which is past the window `farAhead` looks in
  return [...new Set([...swapped, ...changed])].filter((candidate) => candidate !== year);
}

/**
 * Whether the calendar day `day` is more than a year after `today` (both `YYYY-MM-DD` on the
 * studio's clock), and then the day the author probably meant: the same day in a year one slip of
 * the keys away, from two years ago to a year ahead (`2052-11-20` for `2025-11-20`), the nearest to
 * today. Undefined within a year, and for a day so far ahead, with no such slip, that it is meant.
 */
export function farAhead(day: string, today: string): { meant?: string } | undefined {
  const nextYear = `${pad(Number(today.slice(0, 4)) + 1, 4)}${today.slice(4)}`;
  if (day <= nextYear) return undefined;
  const near = (candidate: string) => candidate >= `${pad(Number(today.slice(0, 4)) - 2, 4)}${today.slice(4)}` && candidate <= nextYear;
  const [meant] = slipsOf(day.slice(0, 4))
    .map((year) => `${year}${day.slice(4)}`)
    .filter((candidate) => isRealDay(Number(candidate.slice(0, 4)), Number(candidate.slice(5, 7)), Number(candidate.slice(8, 10))) && near(candidate))
    .sort((a, b) => Math.abs(dayNumber(a) - dayNumber(today)) - Math.abs(dayNumber(b) - dayNumber(today)));
  if (meant === undefined && dayNumber(day) - dayNumber(today) > DELIBERATE_DAYS) return undefined;
  return { meant };
}
