import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { serveFontFiles } from "./font-server";
import { fontFileNames, googleCss, mockedResponsesModule, STARTER_FONT } from "./google-fonts-mock";

/**
 * Makes the blog starter's `next/font/google` work offline for a run: serves its typeface from
 * the `@fontsource-variable` package installed in the starter, and writes the mocked Google
 * response into `workDir`. Returns the file for NEXT_FONT_GOOGLE_MOCKED_RESPONSES.
 */
export async function serveStarterFonts(starterDir: string, port: number, workDir: string): Promise<{ mockFile: string; stop(): Promise<void> }> {
  const cssFile = path.join(starterDir, "node_modules", STARTER_FONT.css);
  const css = await readFile(cssFile, "utf8").catch(() => {
    throw new Error(`${cssFile} is missing: run npm ci in ${starterDir} (docs/benchmarks.md)`);
  });
  const server = await serveFontFiles(path.join(path.dirname(cssFile), "files"), fontFileNames(css), port);
  const mockFile = path.join(workDir, "google-fonts.cjs");
  await writeFile(mockFile, mockedResponsesModule({ [STARTER_FONT.url]: googleCss(css, STARTER_FONT.family, server.origin) }));
  return { mockFile, stop: server.stop };
}
