import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { runBuild, runTimedBuild, type BuildRun } from "../build";

/*
 * Cold builds, each the way its project is built: every output and cache of the previous build is
 * removed first, except image caches (ISSUE-NOTES: the build-time floors are measured with the image
 * cache warm; cold image encoding is reported separately).
 */

/** This site: `npm run build` into `distDir` (its markdown and social-image caches live inside it). */
export async function buildOurs(env: Record<string, string> & { NEXT_DIST_DIR: string }, logFile: string): Promise<BuildRun> {
  await rm(env.NEXT_DIST_DIR, { recursive: true, force: true });
  return runBuild(env, logFile);
}

/** The blog starter: plain `next build` (Turbopack, Next.js's default), fonts from the mocked Google responses. */
export async function buildStarter(dir: string, mockedFonts: string, logFile: string): Promise<BuildRun> {
  await rm(path.join(dir, ".next"), { recursive: true, force: true });
  return runTimedBuild(process.execPath, ["node_modules/next/dist/bin/next", "build"], { cwd: dir, env: { NEXT_FONT_GOOGLE_MOCKED_RESPONSES: mockedFonts }, logFile });
}

/** Astro: `astro build`, with its content store cleared but its resized images (`node_modules/.astro/assets`) kept. */
export async function buildAstro(dir: string, logFile: string): Promise<BuildRun> {
  const cacheDir = path.join(dir, "node_modules/.astro");
  const cached = await readdir(cacheDir).catch(() => []);
  await Promise.all([
    rm(path.join(dir, "dist"), { recursive: true, force: true }),
    rm(path.join(dir, ".astro"), { recursive: true, force: true }),
    ...cached.filter((name) => name !== "assets").map((name) => rm(path.join(cacheDir, name), { recursive: true, force: true })),
  ]);
  return runTimedBuild(process.execPath, ["node_modules/astro/astro.js", "build"], { cwd: dir, env: {}, logFile });
}
