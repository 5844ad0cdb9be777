export type Header = { key: string; value: string };

/*
 * Every page is prerendered, so a per-request nonce is impossible and Next.js's inline bootstrap
 * scripts (`self.__next_f.push(…)`) need 'unsafe-inline'. `script-src-attr 'none'` still blocks
 * inline event handlers (onerror=…) in every current browser. next/image writes
 * `style="color:transparent"`, hence 'unsafe-inline' for styles. docs/security.md has the trade-off.
 */
const contentSecurityPolicy: Record<string, string[]> = {
  "default-src": ["'self'"],
  // Pagefind's search runs WebAssembly; 'wasm-unsafe-eval' allows that and nothing else (no eval()).
  "script-src": ["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"],
  "script-src-attr": ["'none'"],
  "style-src": ["'self'", "'unsafe-inline'"],
  "img-src": ["'self'", "data:"],
  "font-src": ["'self'"],
  "connect-src": ["'self'"],
  "object-src": ["'none'"],
  "base-uri": ["'self'"],
  "frame-ancestors": ["'none'"],
  "form-action": ["'self'"],
};

/*
 * `npm run dev` only: React and Next.js's development overlay rebuild call stacks with eval(), so
 * the preview's policy adds 'unsafe-eval' to scripts and nothing else. Production never has it.
 */
const developmentScripts = ["'unsafe-eval'"];

type Mode = { development?: boolean };

export function contentSecurityPolicyValue({ development = false }: Mode = {}): string {
  return Object.entries(contentSecurityPolicy)
    .map(([directive, sources]) => [directive, ...sources, ...(development && directive === "script-src" ? developmentScripts : [])].join(" "))
    .join("; ");
}

/**
 * The headers every response carries, for `next start` (next.config.ts) and the static copy's
 * web server alike; `development` is for `npm run dev`. HSTS only when the site is served over https: on http it would be ignored,
 * and on a local https preview it would pin the browser to https for a year.
 */
export function securityHeaders(siteUrl: string, mode: Mode = {}): Header[] {
  const headers: Header[] = [
    { key: "Content-Security-Policy", value: contentSecurityPolicyValue(mode) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
    { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
    { key: "X-Frame-Options", value: "DENY" },
  ];
  if (new URL(siteUrl).protocol === "https:") {
    headers.push({ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" });
  }
  return headers;
}
