/**
 * The widths covers and avatars are produced in (next.config.ts `deviceSizes`/`imageSizes`, the
 * loader and the /img route all read this list): enough for a 360 px phone at 3x and a 720 px
 * column at 2x, few enough that every variant is a file drawn once at build time.
 */
export const deviceSizes = [480, 720, 960, 1200, 1440];
export const imageSizes = [96, 128, 192, 256];
export const allImageWidths = [...imageSizes, ...deviceSizes];

/** `/images/covers/x.jpg` at 720 px → `/img/720/images/covers/x.jpg.webp`. */
export function variantPath(src: string, width: number): string {
  return `/img/${width}${src}.webp`;
}
