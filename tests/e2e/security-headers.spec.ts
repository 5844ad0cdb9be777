import { rawRequest } from "../helpers/raw-http";
import { expect, test } from "./fixtures";

const SITE_POLICY = /^default-src 'self'; /;
/** One of every kind of response the server gives: page, 404, asset, resized image, refused request. */
const RESPONSES = [
  { method: "GET", target: "/", status: 200, policy: SITE_POLICY },
  { method: "GET", target: "/nothing-here", status: 404, policy: SITE_POLICY },
  { method: "GET", target: "/images/logo.png", status: 200, policy: SITE_POLICY },
  { method: "GET", target: "/img/96/images/authors/isla-marrow.jpg.webp", status: 200, policy: SITE_POLICY },
  { method: "GET", target: "/articles/%zz", status: 400, policy: SITE_POLICY },
  { method: "HEAD", target: "/", status: 200, policy: SITE_POLICY },
];

test("every response carries the security headers and none says what runs the site", async ({ baseURL }) => {
  const origin = new URL(baseURL ?? "");
  for (const { method, target, status, policy } of RESPONSES) {
    const { headers, status: actual } = await rawRequest(origin, { method, target });
    expect(actual, target).toBe(status);
    expect(headers["content-security-policy"], target).toMatch(policy);
    expect(headers["x-content-type-options"], target).toBe("nosniff");
    expect(headers["referrer-policy"], target).toBe("strict-origin-when-cross-origin");
    expect(headers["permissions-policy"], target).toBe("camera=(), microphone=(), geolocation=()");
    expect(headers["x-powered-by"], target).toBeUndefined();
    // Plain http here: HSTS would be ignored at best.
    if (origin.protocol === "http:") expect(headers["strict-transport-security"], target).toBeUndefined();
  }
});

test("the policy blocks what an attacker would inject, and the suite notices", async ({ page, cspViolations }) => {
  await page.goto("/");
  await page.evaluate(() => {
    const image = document.createElement("img");
    image.setAttribute("onerror", "document.title = 'handler ran'");
    image.src = "https://evil.example/pixel.gif";
    document.body.append(image);
  });
  await expect.poll(() => cspViolations.length).toBeGreaterThanOrEqual(2);
  expect(cspViolations.join("\n")).toMatch(/img-src/);
  expect(cspViolations.join("\n")).toMatch(/script-src-attr/);
  expect(await page.title()).not.toBe("handler ran");
  // Provoked on purpose: the fixture would otherwise fail this test for them.
  cspViolations.length = 0;
});
