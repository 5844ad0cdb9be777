import { LARGE_PHOTO_JOURNAL } from "../../scripts/large-photo-journal";
import { describePhotoBudget } from "./photo-article-budget";

/*
 * The eight-photo article (tests/fixtures/hostile/articles/eight-large-photos.md): eight 4000×3000
 * camera photos, drawn before the `hostile` build (playwright.config.ts), which this spec runs
 * against on `next start`. The static copy is checked with the photo essay
 * (photo-essay-budget.spec.ts): a static copy of this journal would be one more full build.
 */
describePhotoBudget({ name: "the eight-photo article", path: LARGE_PHOTO_JOURNAL.article, photos: 8, originals: "/images/large-photos/" });
