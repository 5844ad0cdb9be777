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

/**
 * Replaces each peer's articles with the published ones of `articles` (drafts are not pages on
 * this site either) and copies this site's images (`publicDir/images`) where each peer looks for
 * them.
 */
export async function writePeerContent(articles: readonly BenchArticle[], peers: PeerDirs, publicDir: string): Promise<void> {
  const published = articles.filter((article) => !article.draft);
  const images = path.join(publicDir, "images");
  const posts = path.join(peers.starter, "_posts");
  const blog = path.join(peers.astro, "src/content/blog");
  await Promise.all([replaceFolder(posts), replaceFolder(blog)]);
  await Promise.all([
    cp(images, path.join(peers.starter, "public/images"), { recursive: true }),
    cp(images, path.join(peers.astro, "public/images"), { recursive: true }),
    cp(path.join(images, "covers"), path.join(peers.astro, ASTRO_COVERS), { recursive: true }),
  ]);
  await writeInBatches([
    ...published.map((article) => ({ file: path.join(posts, `${article.slug}.md`), text: starterPost(article, starterAuthor(article.author), STARTER_FALLBACKS.cover) })),
    ...published.map((article) => ({ file: path.join(blog, `${article.slug}.md`), text: astroPost(article) })),
  ]);
}
