import { cp, mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { BENCH_AUTHORS, writeInBatches, type BenchArticle } from "../../bench-content";
import { ASTRO_COVERS, astroPost, starterPost, type StarterAuthor } from "./peer-posts";
import type { PeerDirs } from "./peer-dirs";

/** What the starter shows for an author without a portrait, and on a post without a cover. */
const STARTER_FALLBACKS = { picture: "/images/logo.png", cover: "/images/covers/chain-lengths.jpg" };

function starterAuthor(id: string): StarterAuthor {
  const author = BENCH_AUTHORS.find((candidate) => candidate.id === id);
  return { name: author?.name ?? id, picture: author?.avatar ? `/images/authors/${author.avatar}` : STARTER_FALLBACKS.picture };
}

async function replaceFolder(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir, { recursive: true });
}

/** Drafts are not pages on this site either. */
const publishedOnly = (articles: readonly BenchArticle[]) => articles.filter((article) => !article.draft);

/** Replaces the starter's posts with the published ones of `articles` and copies this site's images (`publicDir/images`) into its `public/images`. */
export async function writeStarterContent(articles: readonly BenchArticle[], starterDir: string, publicDir: string): Promise<void> {
  const posts = path.join(starterDir, "_posts");
  await replaceFolder(posts);
  await cp(path.join(publicDir, "images"), path.join(starterDir, "public/images"), { recursive: true });
  await writeInBatches(publishedOnly(articles).map((article) => ({ file: path.join(posts, `${article.slug}.md`), text: starterPost(article, starterAuthor(article.author), STARTER_FALLBACKS.cover) })));
}

/** Replaces Astro's blog entries with the published ones of `articles`; this site's covers go where Astro resizes them. */
async function writeAstroContent(articles: readonly BenchArticle[], astroDir: string, publicDir: string): Promise<void> {
  const images = path.join(publicDir, "images");
  const blog = path.join(astroDir, "src/content/blog");
  await replaceFolder(blog);
  await Promise.all([cp(images, path.join(astroDir, "public/images"), { recursive: true }), cp(path.join(images, "covers"), path.join(astroDir, ASTRO_COVERS), { recursive: true })]);
  await writeInBatches(publishedOnly(articles).map((article) => ({ file: path.join(blog, `${article.slug}.md`), text: astroPost(article) })));
}

/** The same published articles, and this site's images, in each peer's own content folder and format. */
export async function writePeerContent(articles: readonly BenchArticle[], peers: PeerDirs, publicDir: string): Promise<void> {
  await Promise.all([writeStarterContent(articles, peers.starter, publicDir), writeAstroContent(articles, peers.astro, publicDir)]);
}
