/**
 * `npm run --silent headers:nginx > security-headers.conf`: the response headers of
 * lib/security-headers.ts as nginx directives, for the static copy of the site. `always` sends
 * them on 404 and error answers too, as `next start` does. HSTS follows SITE_URL.
 */
import { securityHeaders } from "@/lib/security-headers";
import { site } from "@/lib/site";

for (const { key, value } of securityHeaders(site.url)) console.log(`add_header ${key} "${value}" always;`);
