import { readFileSync, writeFileSync } from "node:fs";

/*
 * `next build` with another NEXT_DIST_DIR adds that folder's types to tsconfig.json (a committed
 * file) and points next-env.d.ts at it. The bench gives both back after every build, and on
 * Ctrl-C, so a run leaves `git status` clean and `npm run typecheck` working.
 */
const FILES = ["tsconfig.json", "next-env.d.ts"];

export type ProjectFiles = { restore(): void };

export function guardProjectFiles(): ProjectFiles {
  const saved = new Map<string, string | undefined>();
  for (const file of FILES) {
    try {
      saved.set(file, readFileSync(file, "utf8"));
    } catch {
      saved.set(file, undefined);
    }
  }
  return {
    restore() {
      for (const [file, text] of saved) {
        if (text !== undefined && readFileSync(file, "utf8") !== text) writeFileSync(file, text);
      }
    },
  };
}
