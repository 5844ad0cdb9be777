#!/usr/bin/env node
// @ts-check
// Draws the pictures of the sample photo essay (content/articles/making-a-bezel-ring.md).
//
//   node docs/artwork/make-essay-photos.mjs
//
// Each picture is an SVG still life (a bench, a ring blank, a stone, a finished ring) rasterised
// with sharp, with a little grain so that it encodes like a photograph. Deterministic output.

import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const folder = path.join(root, "public", "images", "articles", "making-of");

const defs = `
  <linearGradient id="gold" x1="0" y1="0" x2="1" y2="1">
    <stop offset="0" stop-color="#f4dd98"/><stop offset="0.45" stop-color="#c9a24a"/>
    <stop offset="0.7" stop-color="#8f6d28"/><stop offset="1" stop-color="#f4dd98"/>
  </linearGradient>
  <radialGradient id="stone" cx="0.4" cy="0.35" r="0.7">
    <stop offset="0" stop-color="#9fc4ff"/><stop offset="0.5" stop-color="#2451a6"/><stop offset="1" stop-color="#0d1f4d"/>
  </radialGradient>
  <radialGradient id="light" cx="0.3" cy="0.2" r="0.9">
    <stop offset="0" stop-color="#fff8ea" stop-opacity="0.9"/><stop offset="1" stop-color="#fff8ea" stop-opacity="0"/>
  </radialGradient>`;

/** A bench top under soft light. @param {number} width @param {number} height @param {string} top @param {string} bottom */
function bench(width, height, top, bottom) {
  return `<rect width="${width}" height="${height}" fill="${bottom}"/>
    <rect width="${width}" height="${height * 0.55}" fill="${top}"/>
    <rect width="${width}" height="${height}" fill="url(#light)"/>`;
}

/** @param {number} cx @param {number} cy @param {number} r */
const ring = (cx, cy, r, tilt = 0.45, stroke = 28) =>
  `<ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${r * tilt}" fill="none" stroke="url(#gold)" stroke-width="${stroke}"/>`;
/** @param {number} cx @param {number} cy @param {number} r */
const stone = (cx, cy, r) =>
  `<polygon points="${[0, 1, 2, 3, 4, 5, 6, 7].map((i) => `${cx + r * Math.cos((i * Math.PI) / 4)},${cy + r * 0.8 * Math.sin((i * Math.PI) / 4)}`).join(" ")}" fill="url(#stone)" stroke="#dfe9ff" stroke-width="3"/>`;
/** @param {number} cx @param {number} cy @param {number} r */
const bezel = (cx, cy, r) => `<ellipse cx="${cx}" cy="${cy}" rx="${r + 14}" ry="${(r + 14) * 0.82}" fill="url(#gold)"/>${stone(cx, cy, r)}`;
/** @param {number} x1 @param {number} y1 @param {number} x2 @param {number} y2 */
const tool = (x1, y1, x2, y2, colour = "#5b534c", width = 22) => `<line x1="${x1}" y1="${y1}" x2="${x2}" y2="${y2}" stroke="${colour}" stroke-width="${width}" stroke-linecap="round"/>`;

/** @type {Record<string, [number, number, (w: number, h: number) => string]>} */
const pictures = {
  "sketch.jpg": [1200, 800, (w, h) => `${bench(w, h, "#efe4d0", "#e2d2b6")}<rect x="260" y="140" width="680" height="520" fill="#fbf8f2" stroke="#cdbd9f" stroke-width="4"/>
    <ellipse cx="600" cy="420" rx="190" ry="80" fill="none" stroke="#3d3733" stroke-width="5"/><ellipse cx="600" cy="330" rx="60" ry="48" fill="none" stroke="#3d3733" stroke-width="5"/>${tool(880, 700, 1080, 520, "#2a2624", 14)}`],
  "blank.jpg": [1200, 800, (w, h) => `${bench(w, h, "#3d3733", "#2a2624")}${ring(600, 470, 220, 0.42, 34)}${tool(120, 160, 420, 300, "#8c9298", 26)}`],
  "bezel-cup.jpg": [1200, 800, (w, h) => `${bench(w, h, "#d9dcdf", "#8c9298")}<rect x="470" y="330" width="260" height="150" rx="20" fill="url(#gold)"/><ellipse cx="600" cy="330" rx="130" ry="46" fill="#8f6d28"/>`],
  "stone.jpg": [1200, 800, (w, h) => `${bench(w, h, "#f7f1e6", "#efe4d0")}${stone(600, 400, 160)}${tool(820, 640, 1120, 760, "#8c9298", 12)}`],
  "setting.jpg": [800, 1200, (w, h) => `${bench(w, h, "#2a2624", "#1d1a19")}${ring(400, 760, 210, 0.5, 30)}${bezel(400, 560, 90)}${tool(620, 180, 470, 470, "#d9dcdf", 18)}`],
  "finished-front.jpg": [1200, 800, (w, h) => `${bench(w, h, "#f7f1e6", "#e2d2b6")}${ring(600, 500, 230, 0.38, 30)}${bezel(600, 330, 100)}`],
  "finished-side.jpg": [1200, 800, (w, h) => `${bench(w, h, "#efe4d0", "#d9a98f")}${ring(600, 430, 260, 0.12, 30)}${bezel(600, 330, 70)}`],
  "on-hand.jpg": [800, 1200, (w, h) => `${bench(w, h, "#d9a98f", "#b98a72")}<rect x="250" y="120" width="300" height="1100" rx="150" fill="#e8c2a8"/>${ring(400, 700, 170, 0.3, 26)}${bezel(400, 640, 60)}`],
};

await mkdir(folder, { recursive: true });
for (const [name, [width, height, draw]] of Object.entries(pictures)) {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}"><defs>${defs}</defs>${draw(width, height)}</svg>`;
  const grain = await sharp({ create: { width, height, channels: /** @type {const} */ (3), background: "#808080", noise: { type: "gaussian", mean: 128, sigma: 10 } } }).png().toBuffer();
  await sharp(Buffer.from(svg))
    .composite([{ input: grain, blend: "soft-light" }])
    .blur(0.6)
    .jpeg({ quality: 72, mozjpeg: true })
    .toFile(path.join(folder, name));
}
