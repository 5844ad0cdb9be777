import slugify from "@sindresorhus/slugify";
import { SLUG_PATTERN } from "./schema";

/**
 * The URL form of a title or file name: "Reading a Hallmark" → `reading-a-hallmark`,
 * "Café & Co." → `cafe-and-co`. Empty when nothing usable is left (a title in emoji only).
 */
export function toSlug(text: string): string {
  const slug = slugify(text, { decamelize: false });
  return SLUG_PATTERN.test(slug) ? slug : "";
}
