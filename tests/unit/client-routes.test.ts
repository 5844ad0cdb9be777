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

  it("counts the pages of every route declared, not only the first's", () => {
    const routes = ["/search", "/studio/map"];
    expect(isClientRoute("/studio/map", routes)).toBe(true);
    expect(isClientRoute("/studio/map/rings", routes)).toBe(true);
    expect(isClientRoute("/search", routes)).toBe(true);
    expect(isClientRoute("/studio", routes)).toBe(false);
  });
});
