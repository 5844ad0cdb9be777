/**
 * The journal with the eight-photo article (issue 17's page-weight budget): the hostile corpus,
 * built with a public folder of its own into which scripts/large-photo-fixture.ts draws eight
 * 4000×3000 photos. The e2e suite (playwright.config.ts, the `hostile` project) and
 * `npm run audit:lighthouse` build and serve it the same way.
 */
export const LARGE_PHOTO_JOURNAL = {
  contentDir: "tests/fixtures/hostile",
  publicDir: "tests/fixtures/.generated/hostile-public",
  distDir: ".next-hostile",
  article: "/articles/eight-large-photos",
} as const;
