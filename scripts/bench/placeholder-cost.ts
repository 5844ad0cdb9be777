/**
 * What a photo's placeholder costs on a cold build, read two ways: the mean colour from every pixel
 * (the whole picture decoded to 8-bit sRGB), or from the picture shrunk on load to 256 pixels.
 * Each measure is one fresh process (as a build worker is), the ways in turns, so a shared
 * machine's drift falls on both; the colours each way gives are printed for a JPEG, a CMYK JPEG
 * and a 16-bit PNG of the same generated camera photo.
 *
 *   nice -n 10 node --import tsx scripts/bench/placeholder-cost.ts [--rounds 3] [--width 6000 --height 4000] [--timed cmyk|png16]
 */
import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { mkdtemp, rm, stat } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import sharp from "sharp";
import { photoLike } from "./large-photos";

const ways = {
  /** As lib/images/describe-photo.ts read it from 3c7815a until the change this bench led to. */
  "every pixel": (bytes: Buffer) => sharp(bytes).toColourspace("srgb").raw(),
  /** As it reads it now: the decoder skips what a 256-pixel picture does not need (JPEG shrink-on-load). */
  "shrunk on load": (bytes: Buffer) => sharp(bytes).resize({ width: 256, height: 256, fit: "inside", withoutEnlargement: true }).toColourspace("srgb").raw(),
};
type Way = keyof typeof ways;

/** The mean of each channel, unrounded. */
async function means(bytes: Buffer, way: Way): Promise<number[]> {
  const { data, info } = await ways[way](bytes).toBuffer({ resolveWithObject: true });
  const { channels } = await sharp(data, { raw: { width: info.width, height: info.height, channels: 3 } }).stats();
  return channels.map((channel) => channel.mean);
}

const hex = (mean: number[]) => `#${mean.map((channel) => Math.round(channel).toString(16).padStart(2, "0")).join("")}`;

/** placeholderOf's work: transparency, the 16-pixel preview, the mean colour. */
async function placeholder(bytes: Buffer, way: Way): Promise<string | undefined> {
  if ((await sharp(bytes).metadata()).hasAlpha) return undefined;
  await sharp(bytes).rotate().resize({ width: 16 }).blur(0.6).webp({ quality: 40 }).toBuffer();
  return hex(await means(bytes, way));
}

type Measure = { way: Way; seconds: number; cpuSeconds: number; baseRssMb: number; peakRssMb: number; load: number; colour: string };

/** In the child: one placeholder, timed, with the process's peak resident memory. */
async function child(way: Way, file: string): Promise<void> {
  const bytes = readFileSync(file);
  // Sharp's native module and the file are loaded before the clock starts.
  await sharp({ create: { width: 1, height: 1, channels: 3, background: "#000" } }).png().toBuffer();
  const baseRssMb = process.memoryUsage().rss / 2 ** 20;
  const cpu = process.cpuUsage();
  const started = performance.now();
  const colour = (await placeholder(bytes, way)) ?? "none";
  const seconds = (performance.now() - started) / 1000;
  const used = process.cpuUsage(cpu);
  const cpuSeconds = (used.user + used.system) / 1e6;
  console.log(JSON.stringify({ way, seconds, cpuSeconds, baseRssMb, peakRssMb: process.resourceUsage().maxRSS / 1024, colour }));
}

async function measure(way: Way, file: string): Promise<Measure> {
  const load = loadavg()[0] ?? 0;
  const { stdout } = await promisify(execFile)(process.execPath, ["--import", "tsx", import.meta.filename, "--child", way, file]);
  return { ...(JSON.parse(stdout) as Omit<Measure, "load">), load };
}

const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};

async function main(): Promise<void> {
  const rounds = option("rounds", 3);
  const width = option("width", 6000);
  const height = option("height", 4000);
  const root = await mkdtemp(path.join(tmpdir(), "placeholder-cost-"));
  try {
    const jpeg = path.join(root, "photo.jpg");
    await photoLike(jpeg, 1, width, height);
    const kinds = { JPEG: jpeg, "CMYK JPEG": path.join(root, "print.jpg"), "16-bit PNG": path.join(root, "deep.png") };
    await sharp(jpeg).toColourspace("cmyk").jpeg({ quality: 95 }).toFile(kinds["CMYK JPEG"]);
    await sharp(jpeg).toColourspace("rgb16").png({ compressionLevel: 1 }).toFile(kinds["16-bit PNG"]);
    const asked = process.argv.includes("--timed") ? process.argv[process.argv.indexOf("--timed") + 1] : undefined;
    const timed = asked === "cmyk" ? "CMYK JPEG" : asked === "png16" ? "16-bit PNG" : "JPEG";
    const file = kinds[timed];
    console.log(`${width}×${height}, timed: ${timed} of ${((await stat(file)).size / 1e6).toFixed(1)} MB; ${new Date().toISOString()}\n`);
    console.log("| run | way | load (1 min) | wall | CPU | peak RSS | RSS at start | colour |\n| --- | --- | --- | --- | --- | --- | --- | --- |");
    for (let round = 1; round <= rounds; round++) {
      // Alternating which way goes first, so neither always follows the other.
      const order: Way[] = round % 2 ? ["every pixel", "shrunk on load"] : ["shrunk on load", "every pixel"];
      for (const way of order) {
        const m = await measure(way, file);
        console.log(`| ${round} | ${way} | ${m.load.toFixed(1)} | ${m.seconds.toFixed(2)} s | ${m.cpuSeconds.toFixed(2)} s | ${m.peakRssMb.toFixed(0)} MB | ${m.baseRssMb.toFixed(0)} MB | ${m.colour} |`);
      }
    }
    console.log("\n| file | every pixel | shrunk on load |\n| --- | --- | --- |");
    for (const [kind, picture] of Object.entries(kinds)) {
      const bytes = readFileSync(picture);
      const shown = async (way: Way) => {
        const mean = await means(bytes, way);
        return `${hex(mean)} (${mean.map((channel) => channel.toFixed(2)).join(", ")})`;
      };
      console.log(`| ${kind} | ${await shown("every pixel")} | ${await shown("shrunk on load")} |`);
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
}

const at = process.argv.indexOf("--child");
const [way, file] = [process.argv[at + 1], process.argv[at + 2]];
if (at > 0 && file && (way === "every pixel" || way === "shrunk on load")) await child(way, file);
else await main();
