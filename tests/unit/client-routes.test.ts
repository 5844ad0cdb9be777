import { describe, expect, it } from "vitest";
import { clientRoutes, isClientRoute } from "@/lib/client-routes.mjs";

describe("the routes allowed to ship client JavaScript (lib/client-routes.mjs)", () => {
  it("declares search alone: it runs in the reader's browser", () => {
    expect(clientRoutes).toEqual(["/search"]);
  });

  it("counts a declared route's pages, and no route that merely starts with its name", () => {
    expect(isClientRoute("/search")).toBe(true);
    expect(isClientRoute("/search/page")).toBe(true);
    expect(isClientRoute("/searches")).toBe(false);
    expect(isClientRoute("/")).toBe(false);
    expect(isClientRoute("/about")).toBe(false);
    expect(isClientRoute("/tags/search")).toBe(false);
  });
});
