/*
 * URLs from the content, read with the WHATWG URL parser as browsers read them. A URL is taken
 * as local or as an external https link only when it clearly is one; anything in between
 * (`https:evil.example/x.png`, `//images/x.jpg`, `/\evil.example`, `https://good.example@evil.example/`)
 * is refused, because what it means depends on the page it is resolved from.
 */

// Two pages that differ in scheme, host and path: a local URL stays on each one's origin.
const BASES = ["https://one.invalid/articles/a/", "http://two.invalid/authors/b"];

/** Whether `url` resolves to the page's own origin from any page: never another scheme or host. */
export function isLocalUrl(url: string): boolean {
  return BASES.every((base) => {
    try {
      return new URL(url, base).origin === new URL(base).origin;
    } catch /* Stryker disable next-line BlockStatement: `undefined` fails `every` as `false` does */ {
      return false;
    }
  });
}

const SITE = "https://site.invalid";

/**
 * What is wrong with `src` as the address of a file on this site (`/images/covers/ring.jpg`), or
 * undefined when nothing is. It must be a plain path that the URL parser leaves exactly as
 * written: one leading slash, no `.` or `..` folders, no `\`, spaces, `?` or `#`, and a file name.
 */
export function sitePathProblem(src: string, example: string): string | undefined {
  if (!src.startsWith("/") || src.startsWith("//") || src.startsWith("/\\")) {
    return `must be a path on this site starting with a single "/", like \`${example}\``;
  }
  let parsed: URL;
  try {
    parsed = new URL(src, SITE);
  } catch /* Stryker disable next-line BlockStatement: a path with one leading `/` always parses against an https base */ {
    // Stryker disable next-line StringLiteral: never reached: a path with one leading `/` always parses against an https base
    return `is not a path this site can serve; write it like \`${example}\``;
  }
  if (
    parsed.pathname !== src ||
    // Stryker disable next-line ConditionalExpression: `//` and `/\` are refused above, and what else moves the origin also changes the pathname
    parsed.origin !== SITE ||
    // Stryker disable next-line ConditionalExpression: a `?` also makes the pathname differ from what was written
    parsed.search !== "" ||
    // Stryker disable next-line ConditionalExpression: a `#` also makes the pathname differ from what was written
    parsed.hash !== ""
  ) {
    return `must be a plain path: no "." or ".." folders, "\\", spaces, "?" or "#"; write it like \`${example}\``;
  }
  if (src.endsWith("/")) return `names a folder; give the picture's file name, like \`${example}\``;
  return undefined;
}

/**
 * A host name with a dot and a top-level domain of letters, as in `studio.example`, or an
 * internationalised one, which the URL parser has turned into `xn--…` (`пример.рф` is
 * `xn--e1afmkfd.xn--p1ai`).
 */
const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;

/**
 * What is wrong with `raw` as a link to another website, or undefined when nothing is: an https
 * address with a real domain name, no user name or password (`https://good.example@evil.example/`
 * goes to evil.example), written without spaces or backslashes the parser would quietly fix.
 */
export function externalUrlProblem(raw: string): string | undefined {
  const advice = "must be a full web address starting with https://, like `https://studio.example`";
  if (/[\s\\]/.test(raw)) return advice;
  // Stryker disable next-line Regex: without `^`, the scheme test below still refuses anything but https
  if (!/^https:\/\//i.test(raw)) return advice;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return advice;
  }
  // Stryker disable next-line ConditionalExpression: the pattern above already makes the scheme https
  if (url.protocol !== "https:") return advice;
  if (!DOMAIN.test(url.hostname)) return advice;
  if (
    // Stryker disable next-line OptionalChaining: `split` always returns at least one part
    raw.slice("https://".length).split(/[/?#]/)[0]?.includes("@") ||
    // Stryker disable next-line ConditionalExpression: a user name is written before an `@` in the host part, which the test above finds
    url.username !== "" ||
    // Stryker disable next-line ConditionalExpression: a password is written before an `@` in the host part, which the test above finds
    url.password !== ""
  ) {
    return `${advice}; leave out anything before an "@": the part after it is the website a reader would visit`;
  }
  return undefined;
}

/**
 * The https address the author most likely meant by `raw`, when there is one that would be
 * accepted: `www.example.com` and `http://example.com` are `https://www.example.com` and
 * `https://example.com`.
 */
export function httpsAddress(raw: string): string | undefined {
  const written = raw.trim();
  const rest = /^https?:\/\//i.test(written) ? written.replace(/^https?:\/\//i, "") : /^[a-z][a-z0-9+.-]*:/i.test(written) ? undefined : written.replace(/^\/\//, "");
  const address = rest === undefined ? undefined : `https://${rest}`;
  return address !== undefined && externalUrlProblem(address) === undefined ? address : undefined;
}
