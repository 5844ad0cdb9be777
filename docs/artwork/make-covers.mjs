#!/usr/bin/env node
// @ts-check
// Renders the abstract sample artwork for the Marrow & Vale journal.
//
//   node docs/artwork/make-covers.mjs
//
// Every image is drawn as SVG (gradients, rings, faceted gems, pearls) and
// rasterised with sharp. No text is used, so the output does not depend on
// the fonts installed on the machine. Output is deterministic.

import { mkdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import sharp from "sharp";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
const out = (/** @type {string[]} */ ...p) => path.join(root, "public", "images", ...p);

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
/** @param {number} seed */
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

const f = (/** @type {number} */ n) => Number(n.toFixed(2));

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

/** @param {number} w @param {number} h @param {boolean} dark */
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
/** @param {number} cx @param {number} cy @param {number} r @param {number} band */
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
/** @param {number} cx @param {number} cy @param {number} r @param {number} band */
function flatRing(cx, cy, r, band, fill = "url(#gold)", sh = "shadow") {
  return `
  <g filter="url(#${sh})">
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="none" stroke="${fill}" stroke-width="${band}"/>
    <circle cx="${cx}" cy="${cy}" r="${f(r + band * 0.32)}" fill="none" stroke="#fffaf0" stroke-opacity="0.35" stroke-width="${f(band * 0.08)}"/>
    <circle cx="${cx}" cy="${cy}" r="${f(r - band * 0.32)}" fill="none" stroke="#000" stroke-opacity="0.12" stroke-width="${f(band * 0.08)}"/>
  </g>`;
}

// A round brilliant seen from above: octagonal table with triangular facets.
/** @param {number} cx @param {number} cy @param {number} r @param {string[]} tones */
function gem(cx, cy, r, tones, rot = 0, sh = "shadow") {
  const n = 8;
  const table = r * 0.52;
  const pts = (/** @type {number} */ rad, off = 0) =>
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
    s += `<polygon points="${[a, o, b].map((p) => (p ?? []).map(f).join(",")).join(" ")}" fill="${tone}"/>`;
    s += `<polygon points="${[a, prev, o].map((p) => (p ?? []).map(f).join(",")).join(" ")}" fill="${tones[(i + 2) % tones.length]}" fill-opacity="0.9"/>`;
  }
  s += `<polygon points="${inner.map((p) => p.map(f).join(",")).join(" ")}" fill="${tones[0]}" fill-opacity="0.92"/>`;
  s += `<polygon points="${outer.map((p) => p.map(f).join(",")).join(" ")}" fill="none" stroke="#fffaf0" stroke-opacity="0.55" stroke-width="2"/>`;
  s += `<polygon points="${inner.map((p) => p.map(f).join(",")).join(" ")}" fill="none" stroke="#fffaf0" stroke-opacity="0.5" stroke-width="1.5"/>`;
  s += `</g>`;
  return s;
}

// An emerald-cut stone: stepped rectangles.
/** @param {number} cx @param {number} cy @param {number} w @param {number} h @param {string[]} tones */
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

/** @param {number} cx @param {number} cy @param {number} r */
function pearl(cx, cy, r) {
  return `
  <g filter="url(#shadow)">
    <circle cx="${cx}" cy="${cy}" r="${r}" fill="url(#pearl)"/>
    <ellipse cx="${f(cx - r * 0.32)}" cy="${f(cy - r * 0.38)}" rx="${f(r * 0.22)}" ry="${f(r * 0.13)}" fill="#fff" fill-opacity="0.75" transform="rotate(-30 ${f(cx - r * 0.32)} ${f(cy - r * 0.38)})"/>
    <circle cx="${cx}" cy="${cy}" r="${f(r * 0.98)}" fill="none" stroke="#f2d6c8" stroke-opacity="0.35" stroke-width="${f(r * 0.05)}"/>
  </g>`;
}

/** @param {number} w @param {number} h @param {number} count @param {number} seed */
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

/** @param {number} cx @param {number} cy @param {number} size */
function star(cx, cy, size, color = "#fffaf0") {
  const s = size;
  const t = s * 0.16;
  return `<path d="M ${cx} ${cy - s} L ${cx + t} ${cy - t} L ${cx + s} ${cy} L ${cx + t} ${cy + t} L ${cx} ${cy + s} L ${cx - t} ${cy + t} L ${cx - s} ${cy} L ${cx - t} ${cy - t} Z" fill="${color}" fill-opacity="0.85"/>`;
}

// An elliptical arc as path data, from angle a1 to a2 in degrees, measured clockwise from
// three o'clock (so 90 is the lowest point). Used where a band changes colour part-way round.
/** @param {number} cx @param {number} cy @param {number} rx @param {number} ry @param {number} a1 @param {number} a2 */
function ellipseArc(cx, cy, rx, ry, a1, a2) {
  const at = (/** @type {number} */ deg) => [cx + rx * Math.cos((deg * Math.PI) / 180), cy + ry * Math.sin((deg * Math.PI) / 180)].map(f).join(" ");
  const large = Math.abs(a2 - a1) > 180 ? 1 : 0;
  return `M ${at(a1)} A ${rx} ${ry} 0 ${large} 1 ${at(a2)}`;
}

/** @param {number} w @param {number} h @param {string} body */
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
        const [p0, p1, p2, p3] = /** @type {const} */ ([[80, 260], [380, 820], [820, 820], [1120, 300]]);
        const b = (/** @type {number} */ a, /** @type {number} */ b1, /** @type {number} */ c, /** @type {number} */ d) => (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b1 + 3 * (1 - t) * t * t * c + t ** 3 * d;
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

  // Vermeil worn through: a gold band showing its silver core on the underside.
  "gold-vermeil": svg(W, H, `
    ${background(W, H, false)}
    <circle cx="560" cy="380" r="330" fill="url(#glow)"/>
    <g transform="rotate(-10 540 420)" filter="url(#shadow)">
      <ellipse cx="540" cy="420" rx="250" ry="100" fill="none" stroke="url(#gold)" stroke-width="50"/>
      <path d="${ellipseArc(540, 420, 250, 100, 58, 122)}" fill="none" stroke="url(#silver)" stroke-width="50"/>
      <path d="${ellipseArc(540, 420, 250, 100, 52, 58)}" fill="none" stroke="#d9d2c0" stroke-opacity="0.7" stroke-width="50"/>
      <path d="${ellipseArc(540, 420, 250, 100, 122, 128)}" fill="none" stroke="#d9d2c0" stroke-opacity="0.7" stroke-width="50"/>
      <path d="${ellipseArc(540, 411, 245, 95, 200, 290)}" fill="none" stroke="#fffaf0" stroke-opacity="0.45" stroke-width="7" stroke-linecap="round"/>
    </g>
    ${(() => {
      // Specks of tarnish where the silver core shows through.
      const rand = rng(131);
      let s = "";
      for (let i = 0; i < 14; i++) {
        const a = ((62 + rand() * 56) * Math.PI) / 180;
        const r = 0.9 + rand() * 0.2;
        const x = 540 + 250 * r * Math.cos(a);
        const y = 420 + 100 * r * Math.sin(a);
        s += `<circle cx="${f(x)}" cy="${f(y)}" r="${f(1.5 + rand() * 3)}" fill="#5e554d" fill-opacity="${f(0.3 + rand() * 0.35)}" transform="rotate(-10 540 420)"/>`;
      }
      return s;
    })()}
    ${ring(920, 560, 90, 16, "url(#gold)", 0.5, 24)}
    ${sparkles(W, H, 55, 127, C.goldLight)}
    ${star(330, 250, 24)}
    ${star(760, 220, 14)}
    <line x1="80" y1="700" x2="1120" y2="700" stroke="${C.goldDeep}" stroke-opacity="0.25" stroke-width="2"/>
  `),

  // Three chains at different lengths hanging in nested curves, the shortest with a pendant.
  "chain-lengths": svg(W, H, `
    ${background(W, H, false)}
    <defs>
      <filter id="shadowWide" filterUnits="userSpaceOnUse" x="0" y="0" width="${W}" height="${H}">
        <feGaussianBlur in="SourceAlpha" stdDeviation="4"/>
        <feOffset dx="3" dy="5" result="b"/>
        <feComponentTransfer><feFuncA type="linear" slope="0.3"/></feComponentTransfer>
        <feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge>
      </filter>
    </defs>
    <circle cx="600" cy="330" r="320" fill="url(#glow)"/>
    ${(() => {
      // Each chain: a quadratic curve from (x0, top) through a low point, drawn as alternating links.
      const chains = [
        { x0: 330, x1: 870, low: 330, link: 13, fill: "url(#gold)" },
        { x0: 260, x1: 940, low: 470, link: 15, fill: "url(#silver)" },
        { x0: 190, x1: 1010, low: 620, link: 17, fill: "url(#gold)" },
      ];
      let s = "";
      for (const [k, c] of chains.entries()) {
        const top = 90;
        const cy = 2 * c.low - top; // control point so the curve bottoms out at c.low
        const pt = (/** @type {number} */ t) => /** @type {[number, number]} */ ([
          (1 - t) ** 2 * c.x0 + 2 * (1 - t) * t * 600 + t * t * c.x1,
          (1 - t) ** 2 * top + 2 * (1 - t) * t * cy + t * t * top,
        ]);
        // Walk the curve in equal-ish steps.
        let len = 0;
        let prev = pt(0);
        /** @type {[number, [number, number], number][]} */
        const samples = [];
        for (let i = 1; i <= 400; i++) {
          const p = pt(i / 400);
          len += Math.hypot(p[0] - prev[0], p[1] - prev[1]);
          samples.push([len, p, Math.atan2(p[1] - prev[1], p[0] - prev[0])]);
          prev = p;
        }
        const n = Math.floor(len / (c.link * 1.55));
        let j = 0;
        s += `<g filter="url(#shadowWide)">`;
        for (let i = 0; i < n; i++) {
          const target = (i + 0.5) * (len / n);
          while (j < samples.length - 1 && (samples[j]?.[0] ?? target) < target) j++;
          const sample = samples[j];
          if (!sample) break;
          const [, p, a] = sample;
          const deg = (a * 180) / Math.PI;
          const flat = i % 2 === 0;
          s += `<ellipse cx="${f(p[0])}" cy="${f(p[1])}" rx="${f(c.link)}" ry="${f(flat ? c.link * 0.55 : c.link * 0.22)}"
            transform="rotate(${f(deg)} ${f(p[0])} ${f(p[1])})" fill="none" stroke="${c.fill}" stroke-width="${flat ? 4.5 : 5.5}"/>`;
        }
        s += `</g>`;
        if (k === 0) {
          // The shortest chain carries the pendant on a small bail.
          s += `<ellipse cx="600" cy="${c.low + 20}" rx="7" ry="13" fill="none" stroke="${C.gold}" stroke-width="5"/>`;
          s += gem(600, c.low + 66, 36, ["#dfe9f1", "#9fb9cf", "#5f7f99", "#c9dbe8", "#7c98b0"], 0);
        }
      }
      return s;
    })()}
    ${sparkles(W, H, 50, 149, "#ffffff")}
    ${star(990, 200, 20)}
  `),

  // Beads on a knotted silk thread, the loose end spilling beads on charcoal.
  "restringing-beads": svg(W, H, `
    ${background(W, H, true)}
    <defs>
      <filter id="shadowWide" filterUnits="userSpaceOnUse" x="0" y="0" width="${W}" height="${H}">
        <feGaussianBlur in="SourceAlpha" stdDeviation="4"/>
        <feOffset dx="3" dy="5" result="b"/>
        <feComponentTransfer><feFuncA type="linear" slope="0.3"/></feComponentTransfer>
        <feMerge><feMergeNode/><feMergeNode in="SourceGraphic"/></feMerge>
      </filter>
    </defs>
    <defs>
      <radialGradient id="beadGreen" cx="0.38" cy="0.34" r="0.75">
        <stop offset="0" stop-color="#b7dccb"/><stop offset="0.45" stop-color="#3f8a6c"/><stop offset="1" stop-color="#173a2d"/>
      </radialGradient>
      <radialGradient id="beadGold" cx="0.38" cy="0.34" r="0.75">
        <stop offset="0" stop-color="#fff1c4"/><stop offset="0.5" stop-color="${C.gold}"/><stop offset="1" stop-color="#5e4519"/>
      </radialGradient>
    </defs>
    <circle cx="520" cy="420" r="320" fill="${C.gold}" fill-opacity="0.10" filter="url(#soft)"/>
    ${(() => {
      const [p0, p1, p2, p3] = /** @type {const} */ ([[60, 220], [420, 160], [560, 620], [1020, 560]]);
      /** @returns {[number, number]} */
      const at = (/** @type {number} */ t) => {
        const b = (/** @type {number} */ a, /** @type {number} */ b1, /** @type {number} */ c, /** @type {number} */ d) => (1 - t) ** 3 * a + 3 * (1 - t) ** 2 * t * b1 + 3 * (1 - t) * t * t * c + t ** 3 * d;
        return [b(p0[0], p1[0], p2[0], p3[0]), b(p0[1], p1[1], p2[1], p3[1])];
      };
      let s = `<path d="M ${p0} C ${p1} ${p2} ${p3}" fill="none" stroke="#efe4d0" stroke-opacity="0.8" stroke-width="3"/>`;
      const fills = ["url(#pearl)", "url(#beadGold)", "url(#beadGreen)"];
      const n = 11;
      for (let i = 0; i < n; i++) {
        const t = 0.05 + (i / (n - 1)) * 0.62;
        const [x, y] = at(t);
        const [kx, ky] = at(t + 0.031);
        s += `<g filter="url(#shadowWide)"><circle cx="${f(x)}" cy="${f(y)}" r="26" fill="${fills[i % 3]}"/></g>`;
        if (i < n - 1) s += `<circle cx="${f(kx)}" cy="${f(ky)}" r="5.5" fill="#f7f1e6"/>`;
      }
      // Loose beads waiting to be strung.
      const rand = rng(163);
      for (let i = 0; i < 14; i++) {
        const x = 760 + rand() * 360;
        const y = 180 + rand() * 280;
        const r = 18 + rand() * 10;
        s += `<g filter="url(#shadowWide)"><circle cx="${f(x)}" cy="${f(y)}" r="${f(r)}" fill="${fills[i % 3]}"/></g>`;
      }
      return s;
    })()}
    ${sparkles(W, H, 70, 167, C.goldLight)}
    ${star(240, 560, 20, C.goldLight)}
  `),

  // A worn band with a bright new section soldered into its base, beside the torch's glow.
  "repair-first": svg(W, H, `
    ${background(W, H, false)}
    <circle cx="480" cy="400" r="320" fill="url(#glow)"/>
    <circle cx="900" cy="300" r="150" fill="#f3a64a" fill-opacity="0.35" filter="url(#soft)"/>
    <defs>
      <linearGradient id="oldgold" x1="0" y1="0" x2="1" y2="1">
        <stop offset="0" stop-color="#e6cf94"/><stop offset="0.5" stop-color="#ad8f4f"/><stop offset="0.8" stop-color="#7d6536"/><stop offset="1" stop-color="#d9c07f"/>
      </linearGradient>
    </defs>
    <g filter="url(#shadow)">
      <circle cx="480" cy="400" r="190" fill="none" stroke="url(#oldgold)" stroke-width="40"/>
      <path d="${ellipseArc(480, 400, 190, 190, 60, 120)}" fill="none" stroke="url(#gold)" stroke-width="40"/>
      <circle cx="480" cy="400" r="202" fill="none" stroke="#fffaf0" stroke-opacity="0.35" stroke-width="3"/>
    </g>
    ${(() => {
      // Hairline solder seams at each end of the new section.
      let s = "";
      for (const deg of [60, 120]) {
        const a = (deg * Math.PI) / 180;
        const x1 = 480 + 168 * Math.cos(a), y1 = 400 + 168 * Math.sin(a);
        const x2 = 480 + 212 * Math.cos(a), y2 = 400 + 212 * Math.sin(a);
        s += `<line x1="${f(x1)}" y1="${f(y1)}" x2="${f(x2)}" y2="${f(y2)}" stroke="${C.goldLight}" stroke-width="3"/>`;
      }
      return s;
    })()}
    ${flatRing(900, 300, 62, 14, "url(#silver)")}
    ${star(900, 300, 30, "#fff5d6")}
    ${sparkles(W, H, 60, 179, "#ffcf7d")}
    <line x1="80" y1="700" x2="1120" y2="700" stroke="${C.goldDeep}" stroke-opacity="0.25" stroke-width="2"/>
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

/** @param {string} svgText @param {string} file @param {number} width @param {number} height */
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
