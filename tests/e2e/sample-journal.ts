/*
 * The sample journal in content/ as readers and crawlers see it, written out by hand from its
 * files: the browser tests expect these values, so a wrong order, date, status or author in the
 * loader fails them instead of being expected too. Change an article in content/ and change it
 * here by hand. (The oracle journal, tests/fixtures/oracle, does the same for time zones.)
 */

export type SampleAuthor = { id: string; name: string; guest: boolean; website: string; bioFirstSentence: string };

export const ISLA: SampleAuthor = {
  id: "isla-marrow",
  name: "Isla Marrow",
  guest: false,
  website: "https://marrowandvale.example",
  bioFirstSentence:
    "Isla Marrow founded Marrow & Vale after a decade of repairing other people's heirlooms, and she still spends most days at the bench carving wax, setting stones and sizing rings.",
};
export const JONAH: SampleAuthor = {
  id: "jonah-petrakis",
  name: "Jonah Petrakis",
  guest: true,
  website: "https://tidewaterknots.example",
  bioFirstSentence: "Jonah Petrakis has restrung pearls for more than fifteen years and runs Tidewater Knots, a small restringing and restoration service.",
};
export const OTTILIE: SampleAuthor = {
  id: "ottilie-brandt",
  name: "Ottilie Brandt",
  guest: true,
  website: "https://brandthollow.example",
  bioFirstSentence: "Ottilie Brandt raises silver bowls and beakers at Brandt Hollow Workshop, a two-bench studio in a converted dairy.",
};
export const AUTHORS = [ISLA, JONAH, OTTILIE];

export type SampleArticle = {
  slug: string;
  title: string;
  description: string;
  author: SampleAuthor;
  /** `date` and `updated` exactly as written in the front matter. */
  date: string;
  updated?: string;
  /** The instant the feeds give: a calendar date is UTC midnight, a timestamp its own instant. */
  published: string;
  tags: string[];
  /** Plain words from the article's last paragraph: the page or feed item holds the whole body. */
  lastWords: string;
};

/** The thirteen published articles, newest first; equal dates go by slug. */
export const PUBLISHED: SampleArticle[] = [
  {
    slug: "why-we-repair-before-we-replace",
    title: "Why We Repair Before We Replace",
    description: "The thinking behind our repair-first habit: what can be mended, what we refuse to patch, and why a fixed ring often beats a new one.",
    author: ISLA,
    date: "2026-08-27",
    published: "2026-08-27T00:00:00.000Z",
    tags: ["studio notes", "metal care", "recycled metals"],
    lastWords: "Nothing we make is meant to be thrown away",
  },
  {
    slug: "recycled-metals-and-ethical-sourcing",
    title: "Recycled Metals and Ethical Sourcing: Where Our Materials Come From",
    description: "How we source recycled silver and gold, what ethical claims can and can't promise, and the questions worth asking any jeweler.",
    author: ISLA,
    date: "2026-04-07",
    published: "2026-04-07T00:00:00.000Z",
    tags: ["ethical sourcing", "recycled metals", "studio notes"],
    lastWords: "trial metal from a certified artisanal mine",
  },
  {
    slug: "restringing-beads-at-home-or-with-a-professional",
    title: "Guest Post: Restringing Beads at Home or With a Professional",
    description: "Restringer Jonah Petrakis on which bead necklaces you can safely restring yourself, what you need, and when a strand belongs with a pro.",
    author: JONAH,
    date: "2026-02-19",
    published: "2026-02-19T00:00:00.000Z",
    tags: ["guest post", "pearls", "everyday wear"],
    lastWords: "Thanks, Jonah, for sharing both piles so generously",
  },
  {
    slug: "living-with-pearls",
    title: "Guest Post: Living With Pearls, a Restringer's Advice",
    description: "Pearl restringer Jonah Petrakis on wearing, cleaning and storing pearls, and how to tell when a strand needs new silk.",
    author: JONAH,
    date: "2025-10-16",
    published: "2025-10-16T00:00:00.000Z",
    tags: ["guest post", "pearls", "everyday wear"],
    lastWords: "for letting us share your knots and your opinions about perfume",
  },
  {
    slug: "making-a-bezel-set-ring",
    title: "Making a Bezel-Set Ring, in Pictures",
    description: "A photo essay from the bench: from the first sketch to the finished ring, every step of setting a sapphire in a gold bezel.",
    author: ISLA,
    date: "2025-09-16",
    published: "2025-09-16T00:00:00.000Z",
    tags: ["studio notes", "rings", "gemstones"],
    lastWords: "Select any photograph to see it at full size",
  },
  {
    slug: "how-to-read-a-hallmark",
    title: "Guest Post: How to Read a Hallmark",
    description: "Silversmith Ottilie Brandt explains the tiny marks stamped on silver and gold: who made it, how pure it is, and where it was tested.",
    author: OTTILIE,
    date: "2025-06-10",
    published: "2025-06-10T00:00:00.000Z",
    tags: ["guest post", "hallmarks", "silver", "gold"],
    lastWords: "You can see her raised silverware",
  },
  {
    slug: "ring-sizing-and-buying-guide",
    title: "How to Find Your Ring Size (and Buy a Ring That Fits)",
    description: "Measuring tips, a size conversion table and a pre-order checklist so the ring you choose fits comfortably from the very first day.",
    author: ISLA,
    date: "2025-06-10",
    published: "2025-06-10T00:00:00.000Z",
    tags: ["buying guide", "rings", "everyday wear"],
    lastWords: "A few minutes with a sizing set is always worth it",
  },
  {
    slug: "choosing-a-chain-length-and-clasp",
    title: "How to Choose a Chain Length and Clasp",
    description: "Where each necklace length sits, how pendants and layering change the picture, and which clasps are easiest to use and most secure.",
    author: ISLA,
    date: "2025-03-12",
    published: "2025-03-12T00:00:00.000Z",
    tags: ["buying guide", "everyday wear"],
    lastWords: "An open jump ring is the most common reason a chain slips off unnoticed",
  },
  {
    slug: "inside-our-lost-wax-casting-process",
    title: "Inside Our Lost-Wax Casting Process, Step by Step",
    description: "From a carved block of wax to a polished ring: a step-by-step look at how we cast jewelry in the studio, and why we still do it by hand.",
    author: ISLA,
    date: "2025-01-28",
    updated: "2025-08-19",
    published: "2025-01-28T00:00:00.000Z",
    tags: ["studio notes", "process", "lost-wax casting"],
    lastWords: "which has cut the burnout schedule by nearly two hours",
  },
  {
    slug: "caring-for-gold-plated-and-vermeil-jewelry",
    title: "Caring for Gold-Plated and Vermeil Jewelry",
    description: "What plating and vermeil really are, why the gold wears through where it rubs, and the simple habits that keep a thin layer of gold looking warm.",
    author: ISLA,
    date: "2024-11-06",
    published: "2024-11-06T00:00:00.000Z",
    tags: ["metal care", "gold", "everyday wear"],
    lastWords: "it may be worth thinking about solid gold next time",
  },
  {
    slug: "gemstone-hardness-for-everyday-wear",
    title: "Gemstone Hardness and Choosing Stones for Everyday Wear",
    description: "How the Mohs scale works, why hardness is not the same as toughness, and which gemstones we trust in rings worn every single day.",
    author: ISLA,
    date: "2024-09-23T09:30:00+01:00",
    published: "2024-09-23T08:30:00.000Z",
    tags: ["gemstones", "everyday wear", "buying guide"],
    lastWords: "a yearly check of the claws or bezel is the best insurance there is",
  },
  {
    slug: "gold-karats-explained",
    title: "Gold Karats Explained: 9k, 14k, 18k and Beyond",
    description: "A plain-language guide to gold karats: what the numbers mean, how purity changes colour and durability, and which we reach for at the bench.",
    author: ISLA,
    date: "2024-05-09",
    published: "2024-05-09T00:00:00.000Z",
    tags: ["gold", "metal care", "buying guide"],
    lastWords: "with 14k for slim stacking bands that see heavy daily wear",
  },
  {
    slug: "why-silver-tarnishes",
    title: "Why Silver Tarnishes and How to Keep It Bright",
    description: "What tarnish really is, why some silver darkens faster than others, and the gentle routine we use at the bench to keep sterling shining.",
    author: ISLA,
    date: "2024-02-14",
    published: "2024-02-14T00:00:00.000Z",
    tags: ["metal care", "silver", "studio notes"],
    lastWords: "Refinishing is part of what we do",
  },
];

/** A draft and an article scheduled for 2099: never listed, linked or served. */
export const HIDDEN = [
  { slug: "a-draft-about-opals", title: "Opals: Fire, Water and a Little Patience" },
  { slug: "letter-to-the-future-studio", title: "A Letter to the Future Studio" },
];

/** Looks an article up by slug, so a test names the article it is about. */
export function sample(slug: string): SampleArticle {
  const article = PUBLISHED.find((candidate) => candidate.slug === slug);
  if (!article) throw new Error(`${slug} is not in the sample journal`);
  return article;
}

/** The titles of some articles, in the order given. */
export const titles = (articles: SampleArticle[]) => articles.map((article) => article.title);
