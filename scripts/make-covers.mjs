#!/usr/bin/env node
// Renders the abstract sample artwork for the Marrow & Vale journal.
//
//   node scripts/make-covers.mjs
//
// Every image is drawn as SVG (gradients, rings, faceted gems, pearls) and
// rasterised with sharp. No text is used, so the output does not depend on
// the fonts installed on the machine. Output is deterministic.

import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const out = (...p) => path.join(root, "public", "images", ...p);

// Palette: warm ivory, gold, charcoal.
const C = {
  ivory: "#f7f1e6",
  cream: "#efe4d0",
  sand: "#e2d2b6",
  gold: "#c9a24a",
  goldLight: "#f4dd98",
  goldDeep: "#8f6d28",
  rose: "#d9a98f",
  silver: "#d9dcdf",
  silverDeep: "#8c9298",
  charcoal: "#2a2624",
  charcoalSoft: "#3d3733",
  ink: "#1d1a19",
};

// Small seeded PRNG (mulberry32) so every run draws the same picture.
function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const f = (n) => Number(n.toFixed(2));

// ---------------------------------------------------------------- defs

function commonDefs() {
  return `
    <linearGradient id="gold" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="${C.goldLight}"/>
      <stop offset="0.45" stop-color="${C.gold}"/>
      <stop offset="0.7" stop-color="${C.goldDeep}"/>
      <stop offset="1" stop-color="${C.goldLight}"/>
    </linearGradient>
    <linearGradient id="rosegold" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#f6d2bd"/>
      <stop offset="0.5" stop-color="${C.rose}"/>
      <stop offset="0.8" stop-color="#a46d56"/>
      <stop offset="1" stop-color="#f1c6ae"/>
    </linearGradient>
    <linearGradient id="silver" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#ffffff"/>
      <stop offset="0.4" stop-color="${C.silver}"/>
      <stop offset="0.72" stop-color="${C.silverDeep}"/>
      <stop offset="1" stop-color="#eef0f2"/>
    </linearGradient>
    <linearGradient id="tarnish" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#c9c3b8"/>
      <stop offset="0.45" stop-color="#7c6f63"/>
      <stop offset="0.75" stop-color="#4a4039"/>
      <stop offset="1" stop-color="#a59a8c"/>
    </linearGradient>
    <radialGradient id="pearl" cx="0.38" cy="0.34" r="0.75">
      <stop offset="0" stop-color="#ffffff"/>
      <stop offset="0.35" stop-color="#f6efe6"/>
      <stop offset="0.7" stop-color="#e3d6c8"/>
      <stop offset="0.92" stop-color="#c9b8aa"/>
      <stop offset="1" stop-color="#b4a396"/>
    </radialGradient>
    <radialGradient id="glow" cx="0.5" cy="0.5" r="0.5">
      <stop offset="0" stop-color="#fff6dc" stop-opacity="0.85"/>
      <stop offset="1" stop-color="#fff6dc" stop-opacity="0"/>
    </radialGradient>
    <filter id="shadow" filterUnits="userSpaceOnUse" x="-400" y="-400" width="2400" height="2000">
      <feGaussianBlur in="SourceAlpha" stdDeviation="14"/>
      <feOffset dx="10" dy="18" result="b"/>
      <feComponentTransfer><feFuncA type="linear" slope="0.28"/></feComponentTransfer>
      <feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge>
    </filter>
    <filter id="shadowSm" filterUnits="userSpaceOnUse" x="-100" y="-100" width="600" height="600">
      <feGaussianBlur in="SourceAlpha" stdDeviation="5"/>
      <feOffset dx="3" dy="6" result="b"/>
      <feComponentTransfer><feFuncA type="linear" slope="0.3"/></feComponentTransfer>
      <feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge>
    </filter>
    <filter id="soft" x="-50%" y="-50%" width="200%" height="200%">
      <feGaussianBlur stdDeviation="30"/>
    </filter>`;
}

function background(w, h, dark, id = "bg") {
  const [a, b] = dark ? [C.charcoalSoft, C.ink] : [C.ivory, C.sand];
  return `
    <defs>
      <linearGradient id="${id}" x1="0" y1="0" x2="0.6" y2="1">
        <stop offset="0" stop-color="${a}"/>
        <stop offset="1" stop-color="${b}"/>
      </linearGradient>
    </defs>
    <rect width="${w}" height="${h}" fill="url(#${id})"/>`;
}

// ---------------------------------------------------------------- motifs

// A ring seen at an angle: an ellipse band with a highlight.
function ring(cx, cy, r, band, fill = "url(#gold)", tilt = 0.38, rot = 0) {
  const ry = r * tilt;
  return `
  <g transform="rotate(${rot} ${cx} ${cy})" filter="url(#shadow)">
    <ellipse cx="${cx}" cy="${cy}" rx="${r}" ry="${f(ry)}" fill="none" stroke="${fill}" stroke-width="${band}"/>
    <ellipse cx="${cx}" cy="${f(cy - band * 0.18)}" rx="${f(r - band * 0.1)}" ry="${f(ry - band * 0.1)}" fill="none"
      stroke="#fffaf0" stroke-opacity="0.45" stroke-width="${f(band * 0.14)}" stroke-dasharray="${f(r * 1.1)} ${f(r * 5)}"/>
  </g>`;
}

// A flat ring seen from above: concentric circles.
function flatRing(cx, cy, r, band, fill = "url(#gold)", sh = "shadow") {
  return `
  <g filter="url(#${sh})">
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${fill}" stroke-width="${band}"/>
    <circle cx="${cx}" cy="${cy}" r="${f(r + band * 0.32)}" fill="none" stroke="#fffaf0" stroke-opacity="0.35" stroke-width="${f(band * 0.08)}"/>
    <circle cx="${cx}" cy="${cy}" r="${f(r - band * 0.32)}" fill="none" stroke="#000" stroke-opacity="0.12" stroke-width="${f(band * 0.08)}"/>
  </g>`;
}

// A round brilliant seen from above: octagonal table with triangular facets.
function gem(cx, cy, r, tones, rot = 0, sh = "shadow") {
  const n = 8;
  const table = r * 0.52;
  const pts = (rad, off = 0) =>
    Array.from({ length: n }, (_, i) => {
      const a = ((i + off) / n) * Math.PI * 2 + (rot * Math.PI) / 180;
      return [cx + rad * Math.cos(a), cy + rad * Math.sin(a)];
    });
  const outer = pts(r, 0.5);
  const inner = pts(table);
  let s = `<g filter="url(#${sh})">`;
  s += `<polygon points="${outer.map((p) => p.map(f).join(",")).join(" ")}" fill="${tones[2]}"/>`;
  for (let i = 0; i < n; i++) {
    const a = inner[i];
    const b = inner[(i + 1) % n];
    const o = outer[i];
    const prev = outer[(i + n - 1) % n];
    const tone = tones[i % tones.length];
    s += `<polygon points="${[a, o, b].map((p) => p.map(f).join(",")).join(" ")}" fill="${tone}"/>`;
    s += `<polygon points="${[a, prev, o].map((p) => p.map(f).join(",")).join(" ")}" fill="${tones[(i + 2) % tones.length]}" fill-opacity="0.9"/>`;
  }
  s += `<polygon points="${inner.map((p) => p.map(f).join(",")).join(" ")}" fill="${tones[0]}" fill-opacity="0.92"/>`;
  s += `<polygon points="${outer.map((p) => p.map(f).join(",")).join(" ")}" fill="none" stroke="#fffaf0" stroke-opacity="0.55" stroke-width="2"/>`;
  s += `<polygon points="${inner.map((p) => p.map(f).join(",")).join(" ")}" fill="none" stroke="#fffaf0" stroke-opacity="0.5" stroke-width="1.5"/>`;
  s += `</g>`;
  return s;
}

// An emerald-cut stone: stepped rectangles.
function stepCut(cx, cy, w, h, tones, sh = "shadow") {
  let s = `<g filter="url(#${sh})">`;
  const steps = 4;
  for (let i = 0; i < steps; i++) {
    const k = 1 - i * 0.16;
    const ww = w * k;
    const hh = h * k;
    const cut = Math.min(ww, hh) * 0.18;
    const x0 = cx - ww / 2;
    const y0 = cy - hh / 2;
    const poly = [
      [x0 + cut, y0], [x0 + ww - cut, y0], [x0 + ww, y0 + cut], [x0 + ww, y0 + hh - cut],
      [x0 + ww - cut, y0 + hh], [x0 + cut, y0 + hh], [x0, y0 + hh - cut], [x0, y0 + cut],
    ];
    s += `<polygon points="${poly.map((p) => p.map(f).join(",")).join(" ")}" fill="${tones[i % tones.length]}" stroke="#fffaf0" stroke-opacity="0.4" stroke-width="1.5"/>`;
  }
  return s + `</g>`;
}

function pearl(cx, cy, r) {
  return `
  <g filter="url(#shadow)">
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#pearl)"/>
    <ellipse cx="${f(cx - r * 0.32)}" cy="${f(cy - r * 0.38)}" rx="${f(r * 0.22)}" ry="${f(r * 0.13)}" fill="#fff" fill-opacity="0.75" transform="rotate(-30 ${f(cx - r * 0.32)} ${f(cy - r * 0.38)})"/>
    <circle cx="${cx}" cy="${cy}" r="${f(r * 0.98)}" fill="none" stroke="#f2d6c8" stroke-opacity="0.35" stroke-width="${f(r * 0.05)}"/>
  </g>`;
}

function sparkles(w, h, count, seed, color = "#fff6dc") {
  const rand = rng(seed);
  let s = "";
  for (let i = 0; i < count; i++) {
    const x = rand() * w;
    const y = rand() * h;
    const r = 0.8 + rand() * 2.4;
    s += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${color}" fill-opacity="${f(0.2 + rand() * 0.5)}"/>`;
  }
  return s;
}

function star(cx, cy, size, color = "#fffaf0") {
  const s = size;
  const t = s * 0.16;
  return `<path d="M ${cx} ${cy - s} L ${cx + t} ${cy - t} L ${cx + s} ${cy} L ${cx + t} ${cy + t} L ${cx} ${cy + s} L ${cx - t} ${cy + t} L ${cx - s} ${cy} L ${cx - t} ${cy - t} Z" fill="${color}" fill-opacity="0.85"/>`;
}

function svg(w, h, body) {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${w}" height="${h}" viewBox="0 0 ${w} ${h}">
  <defs>${commonDefs()}</defs>
  ${body}
</svg>`;
}

// ---------------------------------------------------------------- artwork

const W = 1200;
const H = 800;

const covers = {
  // Bright silver ring beside a tarnished one, on ivory.
  "silver-care": svg(W, H, `
    ${background(W, H, false)}
    <circle cx="420" cy="360" r="320" fill="url(#glow)"/>
    ${ring(470, 430, 230, 46, "url(#silver)", 0.4, -8)}
    ${ring(800, 360, 170, 34, "url(#tarnish)", 0.42, 12)}
    ${sparkles(W, H, 60, 11, "#ffffff")}
    ${star(330, 300, 26)}
    ${star(610, 250, 16)}
    <line x1="80" y1="700" x2="1120" y2="700" stroke="${C.goldDeep}" stroke-opacity="0.25" stroke-width="2"/>
  `),

  // Three nested bands in differing golds: a karat spectrum.
  "gold-karats": svg(W, H, `
    ${background(W, H, true)}
    <circle cx="600" cy="400" r="360" fill="${C.gold}" fill-opacity="0.10" filter="url(#soft)"/>
    ${flatRing(430, 400, 170, 34, "url(#rosegold)")}
    ${flatRing(600, 400, 170, 34, "url(#gold)")}
    ${flatRing(770, 400, 170, 34, "#e9c867")}
    ${sparkles(W, H, 70, 23, C.goldLight)}
    ${star(900, 210, 22, C.goldLight)}
  `),

  // Crucible glow and a faceted stone over a charcoal ground.
  "lost-wax-casting": svg(W, H, `
    ${background(W, H, true)}
    <circle cx="640" cy="520" r="300" fill="#e8833a" fill-opacity="0.28" filter="url(#soft)"/>
    <path d="M 450 430 Q 640 700 830 430 Z" fill="#6b5a4e"/>
    <ellipse cx="640" cy="430" rx="190" ry="44" fill="#f3a64a"/>
    <ellipse cx="640" cy="430" rx="150" ry="30" fill="#ffd889"/>
    <ellipse cx="600" cy="424" rx="50" ry="8" fill="#fff5d6" fill-opacity="0.8"/>
    ${ring(330, 260, 110, 22, "url(#gold)", 0.45, -18)}
    ${gem(930, 240, 95, ["#f7f1e6", "#d7c7a8", "#b49a6a", "#efe1c1", "#8f7a55"], 10)}
    ${sparkles(W, H, 90, 37, "#ffcf7d")}
  `),

  // A graduated strand of pearls curving across ivory.
  "living-with-pearls": svg(W, H, `
    ${background(W, H, false)}
    <circle cx="760" cy="300" r="300" fill="url(#glow)"/>
    ${(() => {
      let s = `<path d="M 80 260 C 380 820, 820 820, 1120 300" fill="none" stroke="${C.goldDeep}" stroke-opacity="0.35" stroke-width="3"/>`;
      const n = 17;
      for (let i = 0; i < n; i++) {
        const t = i / (n - 1);
        // Cubic Bezier point
        const p0 = [80, 260], p1 = [380, 820], p2 = [820, 820], p3 = [1120, 300];
        const b = (a, b1, c, d) => (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b1 + 3 * (1 - t) * t * t * c + t ** 3 * d;
        const x = b(p0[0], p1[0], p2[0], p3[0]);
        const y = b(p0[1], p1[1], p2[1], p3[1]);
        const r = 22 + 22 * Math.sin(Math.PI * t);
        s += pearl(f(x), f(y), f(r));
      }
      return s;
    })()}
    ${ring(880, 250, 80, 14, "url(#gold)", 0.5, 20)}
    ${sparkles(W, H, 40, 53, "#ffffff")}
  `),

  // Scrap, grain and a new band: recycling as a cycle of rings.
  "recycled-metals": svg(W, H, `
    ${background(W, H, false)}
    <circle cx="600" cy="400" r="290" fill="none" stroke="${C.goldDeep}" stroke-opacity="0.35" stroke-width="3" stroke-dasharray="6 14"/>
    ${flatRing(600, 400, 120, 30, "url(#gold)")}
    ${(() => {
      const rand = rng(71);
      let s = "";
      for (let i = 0; i < 26; i++) {
        const a = (i / 26) * Math.PI * 2;
        const r = 290 + (rand() - 0.5) * 24;
        const x = 600 + r * Math.cos(a);
        const y = 400 + r * Math.sin(a);
        const g = 7 + rand() * 10;
        const fill = i % 3 === 0 ? "url(#silver)" : "url(#gold)";
        s += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(g)}" fill="${fill}" filter="url(#shadow)"/>`;
      }
      return s;
    })()}
    ${gem(600, 400, 46, ["#f1e7d3", "#c8b48d", "#9c8258", "#e6d3ad"], 0)}
    ${sparkles(W, H, 40, 83, C.goldLight)}
  `),
};

// In-body illustration: a wax tree of rings on a central sprue.
const waxTree = (() => {
  const w = 1000;
  const h = 667;
  let s = background(w, h, true, "bgw");
  s += `<defs><linearGradient id="wax" x1="0" y1="0" x2="1" y2="1">
      <stop offset="0" stop-color="#9fd0c0"/><stop offset="0.5" stop-color="#4f9a86"/><stop offset="1" stop-color="#2f6b5c"/>
    </linearGradient></defs>`;
  s += `<circle cx="500" cy="320" r="260" fill="#4f9a86" fill-opacity="0.14" filter="url(#soft)"/>`;
  // rubber base
  s += `<path d="M 380 640 L 620 640 L 560 580 L 440 580 Z" fill="#8a3f2c"/>`;
  // main sprue
  s += `<rect x="490" y="90" width="20" height="495" rx="8" fill="url(#wax)"/>`;
  const rand = rng(97);
  for (let i = 0; i < 6; i++) {
    const y = 130 + i * 78;
    for (const side of [-1, 1]) {
      const len = 70 + rand() * 40;
      const x2 = 500 + side * len;
      const y2 = y - 26;
      s += `<line x1="500" y1="${y}" x2="${f(x2)}" y2="${f(y2)}" stroke="#4f9a86" stroke-width="8" stroke-linecap="round"/>`;
      const rr = 30 + rand() * 14;
      s += `<g filter="url(#shadow)"><ellipse cx="${f(x2 + side * rr)}" cy="${f(y2 - 4)}" rx="${f(rr)}" ry="${f(rr * 0.82)}" fill="none" stroke="url(#wax)" stroke-width="11"/></g>`;
    }
  }
  s += sparkles(w, h, 40, 101, "#d6f1e6");
  return { w, h, svg: svg(w, h, s) };
})();

// Avatars: abstract, no faces. Isla: gold ring over a gem. Ottilie: silver hallmark-like cartouches.
const avatars = {
  "isla-marrow": svg(256, 256, `
    ${background(256, 256, false, "bga")}
    <circle cx="128" cy="128" r="110" fill="url(#glow)"/>
    ${flatRing(128, 128, 70, 16, "url(#gold)", "shadowSm")}
    ${gem(128, 128, 30, ["#f7f1e6", "#d9c6a0", "#a98c58", "#efe0bd"], 0, "shadowSm")}
  `),
  "ottilie-brandt": svg(256, 256, `
    ${background(256, 256, true, "bgo")}
    ${flatRing(128, 128, 84, 12, "url(#silver)", "shadowSm")}
    ${stepCut(128, 128, 96, 64, ["#eef0f2", "#c7ccd1", "#9aa1a8", "#e3e6e9"], "shadowSm")}
    ${star(74, 70, 10)}
  `),
};

// Publisher logo: a gold ring carrying an M and V monogram drawn as strokes.
const logo = `<svg xmlns="http://www.w3.org/2000/svg" width="512" height="512" viewBox="0 0 512 512">
  <defs>${commonDefs()}</defs>
  <rect width="512" height="512" fill="${C.ivory}"/>
  <circle cx="256" cy="256" r="178" fill="none" stroke="url(#gold)" stroke-width="30"/>
  <circle cx="256" cy="256" r="196" fill="none" stroke="${C.goldDeep}" stroke-opacity="0.35" stroke-width="3"/>
  <path d="M 146 326 L 146 190 L 198 270 L 250 190 L 250 326" fill="none" stroke="${C.charcoal}" stroke-width="22" stroke-linejoin="round" stroke-linecap="round"/>
  <path d="M 278 190 L 322 326 L 366 190" fill="none" stroke="${C.goldDeep}" stroke-width="22" stroke-linejoin="round" stroke-linecap="round"/>
  <polygon points="256,58 270,76 256,94 242,76" fill="${C.gold}"/>
</svg>`;

// ---------------------------------------------------------------- render

async function jpeg(svgText, file, width, height) {
  await mkdir(path.dirname(file), { recursive: true });
  const info = await sharp(Buffer.from(svgText), { density: 72 })
    .resize(width, height, { fit: "cover" })
    .flatten({ background: C.ivory })
    .jpeg({ quality: 78, mozjpeg: true })
    .toFile(file);
  console.log(`${path.relative(root, file)}  ${info.width}x${info.height}  ${(info.size / 1024).toFixed(1)} KB`);
}

async function main() {
  for (const [name, s] of Object.entries(covers)) {
    await jpeg(s, out("covers", `${name}.jpg`), W, H);
  }
  for (const [name, s] of Object.entries(avatars)) {
    await jpeg(s, out("authors", `${name}.jpg`), 256, 256);
  }
  await jpeg(waxTree.svg, out("articles", "wax-tree.jpg"), waxTree.w, waxTree.h);

  const logoFile = out("logo.png");
  await mkdir(path.dirname(logoFile), { recursive: true });
  const info = await sharp(Buffer.from(logo)).resize(512, 512).png({ compressionLevel: 9 }).toFile(logoFile);
  console.log(`${path.relative(root, logoFile)}  ${info.width}x${info.height}  ${(info.size / 1024).toFixed(1)} KB`);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
