import { quote } from "./printable";

/*
 * `website: @sunniva.makes`: a guest author's name on a social network, written where the
 * address of a page belongs (the fifth jeweler's trial), told in one message what to write.
 */

/** `@sunniva.makes`: letters, digits, dots and underscores after an `@`. */
const HANDLE = /^@([\p{L}\p{N}._]+)$/u;

/**
 * What to write for a `website` holding a name on a social network: its page's address, on
 * Instagram as the example (where a studio's name most often is); undefined for any other value.
 */
export function handleAdvice(raw: string): string | undefined {
  const written = raw.trim();
  const name = handleName(written);
  if (name === undefined) return undefined;
  return `${quote(written)} is a name on Instagram or another network, not a web address; write its page's address, like ${quote(`website: ${instagramPage(name)}`)} for Instagram`;
}

/** `@sunniva.makes` → `sunniva.makes`; undefined for anything that is not a name on a social network. */
export const handleName = (raw: string): string | undefined => HANDLE.exec(raw.trim())?.[1];

/** A name's page on Instagram, the network every message takes as the example. */
export const instagramPage = (name: string): string => `https://www.instagram.com/${name}`;
