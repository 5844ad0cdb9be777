import { site } from "@/lib/site";

export function SiteFooter() {
  return (
    <footer className="mt-20 border-t border-rule">
      <div className="label-caps mx-auto max-w-5xl px-5 py-8 text-muted">
        © {new Date().getFullYear()} {site.owner}
      </div>
    </footer>
  );
}
