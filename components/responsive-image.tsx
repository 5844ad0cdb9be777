import { preload as preloadResource } from "react-dom";
import { fillsCoverFrame, imgAttributes, placeholderBackground, type Photo } from "@/lib/images/variants";

type Props = {
  /** The picture, as lib/photos.ts `getPhoto` describes it. */
  photo: Photo;
  alt: string;
  kind: "cover" | "avatar";
  /** The `sizes` attribute: how wide the picture is drawn, for the browser to pick a file. */
  sizes: string;
  className?: string;
  /** The page's main picture: preloaded at high priority and never lazy. */
  priority?: boolean;
};

/**
 * A cover or avatar as a plain `<img>` over its build-time WebP variants (lib/images), with its
 * intrinsic size and a placeholder until it arrives. A server component: next/image's client
 * component would keep the React runtime on every page with a picture.
 */
export function ResponsiveImage({ photo, alt, kind, sizes, className, priority = false }: Props) {
  // The blurred preview is for the picture a reader waits for, and for a cover of another shape,
  // which stays on it in a list's 3:2 frame (article-card.tsx); a later 3:2 cover shows its colour,
  // as later pictures in the text do (bench/lighthouse-2026-12-05.md).
  const withPreview = priority || (kind === "cover" && !fillsCoverFrame(photo));
  const image = imgAttributes(photo, kind, sizes, withPreview);
  if (priority) preloadResource(image.src, { as: "image", imageSrcSet: image.srcSet, imageSizes: image.sizes, fetchPriority: "high" });
  return (
    // eslint-disable-next-line @next/next/no-img-element -- the variants are made at build time, not by next/image
    <img
      src={image.src}
      srcSet={image.srcSet}
      sizes={image.sizes}
      width={image.width}
      height={image.height}
      alt={alt}
      loading={priority ? "eager" : "lazy"}
      fetchPriority={priority ? "high" : undefined}
      decoding="async"
      className={className}
      style={photo.placeholder ? { background: placeholderBackground(photo.placeholder, withPreview) } : undefined}
    />
  );
}
