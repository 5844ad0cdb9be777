import { renderSocialImage } from "@/app/_og/render-social-image";
import { defaultSocialImage, socialImageSize, socialImageType } from "@/lib/seo/social-image";
import { site } from "@/lib/site";

export const alt = defaultSocialImage.alt;
export const size = socialImageSize;
export const contentType = socialImageType;
// Drawn once at build time, so the static copy has it as a file too.
export const dynamic = "force-static";

export default function Image() {
  return renderSocialImage({ kicker: site.owner, title: site.name, footer: site.tagline });
}
