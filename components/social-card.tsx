import { socialFontFamilies } from "@/lib/og/social-fonts";
import { socialImageSize } from "@/lib/seo/social-image";

/*
 * The 1200×630 card behind every social image, drawn by Satori (`next/og`): inline styles
 * and flex layout only, the site's palette and typefaces. Not rendered in pages.
 */
const colours = { ivory: "#fbf8f2", ink: "#231f1a", muted: "#5e554a", gold: "#7d5a16", paleGold: "#d9b56a" };

/** Long titles step down in size so that every title fits in at most three lines. */
function titleSize(title: string): number {
  if (title.length <= 32) return 92;
  if (title.length <= 60) return 76;
  return 62;
}

export function SocialCard({ title, kicker, footer, logo }: { title: string; kicker: string; footer: string; logo: string }) {
  return (
    <div
      style={{
        ...socialImageSize,
        display: "flex",
        padding: 28,
        background: colours.ivory,
        fontFamily: socialFontFamilies.text,
      }}
    >
      <div
        style={{
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          width: "100%",
          height: "100%",
          padding: "48px 60px",
          border: `2px solid ${colours.paleGold}`,
        }}
      >
        <div style={{ display: "flex", alignItems: "center", gap: 20 }}>
          {/* Satori draws images from data URLs; this is not a page element. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={logo} width={64} height={64} alt="" />
          <span style={{ fontSize: 26, letterSpacing: 4, textTransform: "uppercase", color: colours.muted }}>{kicker}</span>
        </div>
        <div
          style={{
            display: "flex",
            fontFamily: socialFontFamilies.display,
            fontWeight: 600,
            fontSize: titleSize(title),
            lineHeight: 1.08,
            color: colours.ink,
          }}
        >
          {title}
        </div>
        <div style={{ display: "flex", alignItems: "center", gap: 24 }}>
          <div style={{ width: 96, height: 4, background: colours.paleGold }} />
          <span style={{ fontSize: 32, color: colours.gold }}>{footer}</span>
        </div>
      </div>
    </div>
  );
}
