import { getImageProps, type ImageProps } from "next/image";
import { preload as preloadResource } from "react-dom";

type Props = Omit<ImageProps, "preload" | "priority"> & { preload?: boolean };

/**
 * next/image's `srcset`, `sizes` and dimensions, rendered by a server component as a plain
 * `<img>`: the browser gets the same responsive image without next/image's client component,
 * which would keep the React runtime on every page that shows an image (lib/build/next-adapter.mjs). `preload` adds a high-priority `<link rel="preload">` for
 * the page's first image, as <Image preload> would.
 */
export function ResponsiveImage({ preload = false, ...props }: Props) {
  const { props: image } = getImageProps(props);
  if (preload && image.src) {
    preloadResource(image.src, { as: "image", imageSrcSet: image.srcSet, imageSizes: image.sizes, fetchPriority: "high" });
  }
  // eslint-disable-next-line @next/next/no-img-element -- getImageProps has done what <Image> adds
  return <img {...image} alt={image.alt} />;
}
