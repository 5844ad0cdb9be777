import type { Photo, ShownWidth } from "./variants";

/*
 * A picture in the text as tall as it is wide, or taller, is never higher than the screen: the
 * column's width would make a ring's portrait taller than a laptop's screen, and the reader would
 * never see the whole piece at once. Its width follows from its shape; wider pictures fill the column.
 */

/** The most of the screen's height, in percent, such a picture takes: its caption and a line of text still show. */
export const SCREEN_HEIGHT_SHARE = 85;

type Size = Pick<Photo, "width" | "height">;

/** Whether the picture is as tall as it is wide, or taller: only such a picture can reach a laptop screen's height in the column. */
export function isTall(size: Size): boolean {
  return size.height >= size.width;
}

/**
 * The width, in hundredths of the screen's height, at which the picture is SCREEN_HEIGHT_SHARE of
 * it high (56.67 for a 2:3 portrait); rounded up, so the copy a browser picks is never too small.
 */
function widthInScreenHeights(size: Size): number {
  return Math.ceil((SCREEN_HEIGHT_SHARE * 100 * size.width) / size.height) / 100;
}

/** How wide a picture is shown: as `shown` says, a tall one never wider than it is at the screen's height (`min(684px, 56.67vh)`). */
export function shownWithin(shown: readonly ShownWidth[], size: Size): readonly ShownWidth[] {
  if (!isTall(size)) return shown;
  // `vh` is the screen's height with a phone's toolbars hidden, never less than the `svh` the style below uses: the copy chosen is sharp either way.
  const most = `${widthInScreenHeights(size)}vh`;
  return shown.map((entry) => ({ ...entry, width: `min(${entry.width}, ${most})` }));
}

/**
 * The tallest browser window the site is made sharp for, in the page's pixels: a 27-inch desktop
 * screen is 1440 high (a 5K one draws two pixels for each), less its menu bar, taskbar or Dock and
 * the browser's own bars.
 */
export const TALLEST_WINDOW = 1300;

/**
 * The widest a figure whose place is `width` pixels wide shows the picture, in the tallest window:
 * a tall one as `shownWithin`'s cap makes it there (737 px for 2:3, so the column's 684; 553 for
 * 1:2), rounded up, as the browser draws the fraction too; any other, its place's width.
 */
export function widestShown(size: Size, width: number): number {
  // Stryker disable next-line ConditionalExpression: a wider picture's cap is at least 1,106 pixels, wider than any place the check measures (the column's 684).
  if (!isTall(size)) return width;
  return Math.min(width, Math.ceil((widthInScreenHeights(size) * TALLEST_WINDOW) / 100));
}

/**
 * The style of a tall picture's figure: its width at most the screen's height times its shape, so
 * that the caption, inside the figure, lines up with it. `svh` is the height with a phone's toolbars
 * shown; a browser without it keeps the `vh` before it. Undefined for a wider picture.
 */
export function tallFigureStyle(size: Size): string | undefined {
  if (!isTall(size)) return undefined;
  const width = widthInScreenHeights(size);
  return `max-width:${width}vh;max-width:${width}svh`;
}
