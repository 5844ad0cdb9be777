/**
 * Writes a realistic journal of N articles into a temporary folder for `npm run bench:check` and
 * `npm run bench`: about 1,200 words each, with headings, lists, a table, links between articles,
 * several authors (some guests), tags from a pool, images and covers, plus the about page the site
 * requires. Seeded, so every run measures exactly the same content.
 */
import { cp, mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { stringify } from "yaml";
import { tagSlug } from "@/lib/tags";

/** Front matter as the loader reads it (YAML 1.2's core schema), never folded. */
const frontMatter = (data: Record<string, unknown>) => stringify(data, { version: "1.2", schema: "core", lineWidth: 0, singleQuote: false });

/** The journal's authors; `avatar` names a file under public/images/authors. */
export const BENCH_AUTHORS: readonly { id: string; name: string; role: string; avatar?: string; guest?: boolean }[] = [
  { id: "isla-marrow", name: "Isla Marrow", role: "Owner and artisan, Marrow & Vale", avatar: "isla-marrow.jpg" },
  { id: "ottilie-brandt", name: "Ottilie Brandt", role: "Silversmith, Brandt Hollow Workshop", avatar: "ottilie-brandt.jpg", guest: true },
  { id: "jonah-petrakis", name: "Jonah Petrakis", role: "Pearl stringer, Tidewater Knots", guest: true },
  { id: "maren-holt", name: "Maren Holt", role: "Stone setter, Marrow & Vale" },
  { id: "sunniva-achterberg", name: "Sunniva Achterberg", role: "Engraver, Achterberg & Daughters", guest: true },
  { id: "theo-lindqvist", name: "Theo Lindqvist", role: "Apprentice, Marrow & Vale" },
];
const AUTHORS = BENCH_AUTHORS;

const TAGS = [
  "silver", "gold", "platinum", "pearls", "opals", "diamonds", "sapphires", "emeralds", "metal care", "gemstones",
  "hallmarks", "studio notes", "casting", "stone setting", "ring sizing", "buying guide", "repairs", "engraving",
  "recycled metals", "guest post", "heirlooms", "wedding bands", "earrings", "necklaces", "tools",
];

const COVERS = [
  "chain-lengths.jpg", "gold-karats.jpg", "gold-vermeil.jpg", "living-with-pearls.jpg", "lost-wax-casting.jpg",
  "recycled-metals.jpg", "repair-first.jpg", "restringing-beads.jpg", "silver-care.jpg",
];

const METALS = ["Sterling silver", "9 ct gold", "14 ct gold", "18 ct gold", "Platinum", "Palladium", "Gold vermeil", "Rose gold"];

const SENTENCES = [
  "Sterling silver is an alloy of silver and copper, and the copper is what reacts with sulphur in the air.",
  "A soft cloth and a little patience will do more for a ring than any dip sold at the chemist.",
  "We weigh every piece of scrap before it goes back to the refiner, because gold dust adds up quickly.",
  "The claws of a setting wear thin long before the stone is at risk, so have them checked once a year.",
  "Pearls are the softest thing most people wear, and perfume is their oldest enemy.",
  "An assay office tests the metal before it strikes the hallmark, which is why the mark can be trusted.",
  "Rose gold owes its warmth to copper, and white gold to palladium or a rhodium plate that needs renewing.",
  "A ring that spins on the finger is usually half a size too big, not a whole one.",
  "Opals hold water in their structure, so sudden changes of temperature can craze the surface.",
  "Every wax model is carved slightly larger than the finished piece, because metal shrinks as it cools.",
  "The hardness of a stone tells you how well it resists scratches, not how well it survives a knock.",
  "A jeweler's loupe magnifies ten times, which is enough to see the maker's mark on a narrow band.",
  "We recommend taking rings off before gardening, swimming or kneading bread.",
  "Old family pieces often carry the best stories, and sometimes the best metal as well.",
  "Polishing removes a thin layer of metal each time, so a gentle wipe is better than a hard rub.",
  "Engraving inside a band lasts longer than engraving outside, where it meets every door handle.",
  "A sapphire can come in almost any colour except red, which is called a ruby instead.",
  "The bench peg takes every saw cut and file stroke, and ours is older than most of our tools.",
  "When a clasp feels loose, bring it in before the necklace decides for you.",
  "Recycled gold is chemically identical to newly mined gold, and far kinder to the ground it came from.",
];

/** mulberry32: a tiny seeded generator, so the benchmark content (and a test's random input) is the same on every run. */
export function seeded(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DEFAULT_SEED = 20251129;

type Pick = <T>(items: readonly T[]) => T;

function paragraph(pick: Pick, link: string): string {
  const sentences = Array.from({ length: 5 }, () => pick(SENTENCES));
  sentences[2] = `${sentences[2]?.slice(0, -1)}, as we explain in [another article](${link}).`;
  return sentences.join(" ");
}

/** A small comparison table, the kind articles use for metals and care. */
function table(pick: Pick): string {
  const rows = Array.from({ length: 4 }, () => `| ${pick(METALS)} | ${pick(["High", "Medium", "Low"])} | ${pick(["Yearly", "Every six months", "Rarely"])} |`);
  return ["| Metal | Wear resistance | Check-up |", "| --- | --- | --- |", ...rows].join("\n");
}

/** One generated article, before it is written in any site's format: the peers get the same fields and body. */
export type BenchArticle = {
  slug: string;
  title: string;
  description: string;
  /** YYYY-MM-DD. */
  date: string;
  /** An id of BENCH_AUTHORS. */
  author: string;
  tags: string[];
  draft: boolean;
  cover?: { src: string; alt: string };
  /** The Markdown after the frontmatter. */
  body: string;
};

function benchArticle(index: number, count: number, random: () => number): BenchArticle {
  const pick: Pick = (items) => items[Math.floor(random() * items.length)] as (typeof items)[number];
  const slug = `journal-entry-${index + 1}`;
  // Links only go to older articles, which are all published, so the content is valid.
  const older = () => `/articles/journal-entry-${1 + Math.floor(random() * Math.max(1, index))}`;
  const tags = [...new Set([pick(TAGS), pick(TAGS), pick(TAGS)])];
  const author = AUTHORS[index % AUTHORS.length] ?? AUTHORS[0];
  const day = new Date(Date.UTC(2015, 0, 1) + Math.floor((index / count) * 3650) * 86_400_000).toISOString().slice(0, 10);
  // The newest few are drafts, like real work in progress; links only go to older articles.
  const draft = index >= count - Math.ceil(count / 100);
  const title = `Notes from the Bench, Number ${index + 1}: ${pick(["Silver", "Gold", "Pearls", "Stones", "Tools"])} and Care`;
  const description = `${pick(SENTENCES)} Entry ${index + 1} of the studio journal.`;
  const cover = index % 3 === 0 ? { src: `/images/covers/${pick(COVERS)}`, alt: "A finished ring on a linen cloth in the studio" } : undefined;
  const sections = [`${paragraph(pick, older())}\n\n${paragraph(pick, `/authors/${author?.id}`)}`];
  for (let heading = 1; heading <= 5; heading += 1) {
    sections.push(`## ${pick(["Why it matters", "At the bench", "Looking after it", "What to ask", "A note on cost"])} ${heading}`);
    sections.push(paragraph(pick, older()));
    sections.push(paragraph(pick, `/tags/${tagSlug(tags[0] ?? "silver")}`));
    if (heading % 2 === 1) sections.push(["- " + pick(SENTENCES), "- " + pick(SENTENCES), "- " + pick(SENTENCES)].join("\n"));
    if (heading === 2) sections.push(table(pick));
    if (heading === 3) sections.push("![A wax casting tree of green rings on a red rubber base](/images/articles/wax-tree.jpg)");
  }
  return { slug, title, description, date: day, author: author?.id ?? "", tags, draft, cover, body: `${sections.join("\n\n")}\n` };
}

/** The `count` articles of the seeded journal, oldest first. */
export function benchArticles(count: number, seed = DEFAULT_SEED): BenchArticle[] {
  const random = seeded(seed);
  return Array.from({ length: count }, (_, index) => benchArticle(index, count, random));
}

/** This site's Markdown file for an article. */
function articleText({ title, description, date, author, tags, draft, cover, body }: BenchArticle): string {
  const frontmatter = { title, description, date, author, tags, ...(draft ? { draft: true } : {}), ...(cover ? { cover } : {}) };
  return `---\n${frontMatter(frontmatter)}---\n\n${body}`;
}

const ABOUT = `---
title: About the studio
description: "A two-bench jewelry studio, and the journal where we write down what the bench teaches us."
---

${SENTENCES.slice(0, 6).join(" ")}

## Why a journal

${SENTENCES.slice(6, 12).join(" ")}
`;

/** Writes many files a few hundred at a time: all at once runs out of file handles past about 10,000. */
export async function writeInBatches(files: readonly { file: string; text: string }[]): Promise<void> {
  for (let start = 0; start < files.length; start += 256) {
    await Promise.all(files.slice(start, start + 256).map(({ file, text }) => writeFile(file, text)));
  }
}

export type BenchContentOptions = {
  /** The same seed writes the same files. */
  seed?: number;
  /** Write here (created if missing) instead of a new temporary folder. */
  root?: string;
};

/**
 * Creates `content/` (articles, authors, pages/about.md) and `public/` (a copy of `publicFrom`,
 * so covers and avatars exist) for `count` articles; returns the folder holding both.
 */
export async function writeBenchContent(count: number, publicFrom: string, options: BenchContentOptions = {}): Promise<string> {
  const root = options.root ?? (await mkdtemp(path.join(tmpdir(), "journal-bench-")));
  for (const sub of ["content/articles", "content/authors", "content/pages"]) await mkdir(path.join(root, sub), { recursive: true });
  await cp(publicFrom, path.join(root, "public"), { recursive: true });
  await writeFile(path.join(root, "content/pages/about.md"), ABOUT);
  await Promise.all(
    AUTHORS.map(({ id, avatar, ...fields }) => {
      const data = { ...fields, ...(avatar ? { avatar: { src: `/images/authors/${avatar}`, alt: `Portrait of ${fields.name}` } } : {}) };
      const bio = `${fields.name} has worked at the bench for many years. ${SENTENCES.slice(0, 3).join(" ")}\n`;
      return writeFile(path.join(root, "content/authors", `${id}.md`), `---\n${frontMatter(data)}---\n${bio}`);
    }),
  );
  const articles = benchArticles(count, options.seed);
  await writeInBatches(articles.map((article) => ({ file: path.join(root, "content/articles", `${article.slug}.md`), text: articleText(article) })));
  return root;
}
