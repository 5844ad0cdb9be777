import { distance } from "fastest-levenshtein";

/**
 * Capitals, with runs of spaces, hyphens and underscores made one hyphen: `Mira Okafor` → `MIRA-OKAFOR`.
 * Upper case, not lower, because it also folds `ß` into `SS`, so `weiß` is `weiss` written another way.
 */
function loose(text: string): string {
  return text.trim().toUpperCase().replace(/[\s_-]+/g, "-");
}

// Stryker disable next-line StringLiteral: any separator keeps two sorted spellings equal exactly when their letters are
const sorted = (text: string) => [...text].sort().join("");

/**
 * The candidate the author most likely meant by `input`, for "did you mean": one equal but for
 * capitals and spacing, else one that starts with it or it starts with (a shortened link such as
 * `gemstone-hardness` for `gemstone-hardness-for-everyday-wear`), else the nearest by edit
 * distance within a third of the length. Undefined when nothing is close.
 */
export function closest(input: string, candidates: Iterable<string>): string | undefined {
  const wanted = loose(input);
  if (wanted === "") return undefined;
  const all = [...candidates].filter((candidate) => candidate !== input);
  const same = all.find((candidate) => loose(candidate) === wanted);
  if (same !== undefined) return same;
  const prefixed = all
    .filter((candidate) => Math.min(loose(candidate).length, wanted.length) >= 4)
    .filter((candidate) => loose(candidate).startsWith(wanted) || wanted.startsWith(loose(candidate)))
    .sort((a, b) => Math.abs(a.length - input.length) - Math.abs(b.length - input.length))[0];
  if (prefixed !== undefined) return prefixed;
  const limit = Math.max(1, Math.floor(wanted.length / 3));
  let best: { candidate: string; cost: number } | undefined;
  for (const candidate of all) {
    // Two letters swapped (`atl` for `alt`) is one slip, though Levenshtein counts two edits.
    const swapped = sorted(wanted) === sorted(loose(candidate));
    const cost = swapped ? 1 : distance(wanted, loose(candidate));
    if (cost <= limit && (best === undefined || cost < best.cost)) best = { candidate, cost };
  }
  return best?.candidate;
}
