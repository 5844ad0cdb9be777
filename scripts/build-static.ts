/**
 * `npm run build:static`: the whole site as plain files in out/ — pages, feeds, sitemap, social
 * images, the search index and 404.html — for any static host or CDN. Each compressible file gets
 * a `.gz` twin so nginx (`gzip_static`) or a CDN serves it without compressing on every request.
 */
import { spawnSync } from "node:child_process";
import { readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { promisify } from "node:util";
import { gzip, constants } from "node:zlib";
import { PLACEHOLDER_PAGE } from "@/lib/static-params";
import { buildArguments } from "./next-commands";

const OUT = path.resolve(process.env.STATIC_OUT_DIR ?? "out");
const COMPRESSIBLE = /\.(html|css|js|txt|xml|json|svg|map)$|\/(opengraph-image)$/;
const compress = promisify(gzip);

async function* files(dir: string): AsyncGenerator<string> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* files(full);
    else yield full;
  }
}

/** The export-only placeholders for empty "page 2" routes (lib/static-params.ts). */
async function removePlaceholders(): Promise<number> {
  const placeholders: string[] = [];
  for await (const file of files(OUT)) {
    const relative = path.relative(OUT, file).split(path.sep).join("/");
    if (new RegExp(`(^|/)page/${PLACEHOLDER_PAGE}(\\.html|\\.txt|/)`).test(relative)) placeholders.push(file);
  }
  await Promise.all(placeholders.map((file) => rm(file, { force: true })));
  for (const dir of new Set(placeholders.map((file) => file.replace(new RegExp(`(/page/${PLACEHOLDER_PAGE})(/.*)?(\\.html|\\.txt)?$`), "$1")))) {
    await rm(dir, { recursive: true, force: true });
  }
  return placeholders.length;
}

async function precompress(): Promise<number> {
  let count = 0;
  for await (const file of files(OUT)) {
    if (!COMPRESSIBLE.test(file.split(path.sep).join("/")) || file.endsWith(".gz")) continue;
    if ((await stat(file)).size < 256) continue;
    await writeFile(`${file}.gz`, await compress(await readFile(file), { level: constants.Z_BEST_COMPRESSION }));
    count += 1;
  }
  return count;
}

const build = spawnSync(process.execPath, buildArguments, {
  stdio: "inherit",
  env: { ...process.env, NEXT_OUTPUT: "export", NEXT_DIST_DIR: path.relative(process.cwd(), OUT) || "out" },
});
if (build.status !== 0) process.exit(build.status ?? 1);

const removed = await removePlaceholders();
const compressed = await precompress();
console.log(`Static copy in ${path.relative(process.cwd(), OUT)}/: ${compressed} files pre-compressed${removed ? `, ${removed} placeholder files removed` : ""}.`);
