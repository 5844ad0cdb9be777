import { request } from "node:http";
import { gunzipSync } from "node:zlib";
import { pageAssets, type AssetKind } from "./html-assets";

export type PageWeight = Record<"html" | AssetKind, number> & { total: number; files: number };

type Fetched = { status: number; wireBytes: number; body: Buffer };

/** A GET that accepts gzip, counting the body's bytes as they came over the wire. */
function fetchGzip(url: string): Promise<Fetched> {
  return new Promise((resolve, reject) => {
    const req = request(url, { headers: { "accept-encoding": "gzip" } }, (response) => {
      const chunks: Buffer[] = [];
      response.on("data", (chunk: Buffer) => chunks.push(chunk));
      response.on("error", reject);
      response.on("end", () => {
        const raw = Buffer.concat(chunks);
        const body = response.headers["content-encoding"] === "gzip" ? gunzipSync(raw) : raw;
        resolve({ status: response.statusCode ?? 0, wireBytes: raw.length, body });
      });
    });
    req.on("error", reject);
    req.end();
  });
}

/**
 * What a first visit to `url` downloads before the page is whole: its HTML, stylesheets, scripts
 * and preloaded fonts, gzipped where the server gzips them, headers not counted.
 */
export async function pageWeight(url: string): Promise<PageWeight> {
  const page = await fetchGzip(url);
  if (page.status !== 200) throw new Error(`${url} answered ${page.status}`);
  const weight: PageWeight = { html: page.wireBytes, css: 0, js: 0, font: 0, total: page.wireBytes, files: 1 };
  for (const asset of pageAssets(page.body.toString("utf8"), url)) {
    const fetched = await fetchGzip(asset.url);
    if (fetched.status !== 200) throw new Error(`${asset.url} (linked from ${url}) answered ${fetched.status}`);
    weight[asset.kind] += fetched.wireBytes;
    weight.total += fetched.wireBytes;
    weight.files += 1;
  }
  return weight;
}

/** The page's HTML as served, uncompressed: the plain file nginx is compared against. */
export async function pageHtml(url: string): Promise<Buffer> {
  return (await fetchGzip(url)).body;
}
