import type { ReactNode } from "react";
import { LiveRefresh } from "@/components/live-refresh";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { SkipLink } from "@/components/skip-link";
import { getPreviewVersion } from "@/lib/preview";
import { siteMetadata } from "@/lib/seo/metadata";
import { site } from "@/lib/site";
import { fontVariables } from "./fonts";
import "./globals.css";

export const metadata = siteMetadata;

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang={site.language} className={fontVariables}>
      <body className="min-h-screen antialiased">
        <SkipLink />
        <SiteHeader />
        <main id="main" tabIndex={-1} className="mx-auto max-w-5xl px-5 pt-10 outline-none sm:pt-14">
          {children}
        </main>
        <SiteFooter />
        <LiveRefresh version={getPreviewVersion()} />
      </body>
    </html>
  );
}
