import { describePhotoBudget } from "./photo-article-budget";

/*
 * The eight-photo budget on the sample journal's photo essay, which the suite runs on `next start`
 * and on the static copy under nginx: the same variants, placeholders and cache headers served
 * both ways, under the budget of photo-budget.spec.ts's camera-sized article.
 */
describePhotoBudget({ name: "the photo essay", path: "/articles/making-a-bezel-set-ring", photos: 8, originals: "/images/articles/making-of/" });
