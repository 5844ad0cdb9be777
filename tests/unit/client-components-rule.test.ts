import { ESLint } from "eslint";
import { beforeAll, describe, expect, it } from "vitest";

// The project's own ESLint config, as `npm run lint` runs it.
const eslint = new ESLint({ cwd: process.cwd() });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((message) => message.ruleId === "journal/client-components").map((message) => message.message);
}

const usesSearchBox = 'import { SearchBox } from "@/components/search-box";\n\nexport default function Page() {\n  return <SearchBox shards={[]} />;\n}\n';

describe("the lint rule for client components (lib/client-routes.mjs)", () => {
  // Loading the project's config and plugins is the slow part: seconds, more on a busy machine.
  beforeAll(() => problems("app/page.tsx", ""), 300_000);

  it("lets a declared route import a client component", async () => {
    expect(await problems("app/search/page.tsx", usesSearchBox)).toEqual([]);
  });

  it("fails a page of any other route that imports one, naming the component and the rule", async () => {
    const found = await problems("app/about/page.tsx", usesSearchBox);
    expect(found).toHaveLength(1);
    expect(found[0]).toContain("components/search-box.tsx is a client component");
    expect(found[0]).toContain("lib/client-routes.mjs (/search)");
  });

  it("fails a server component that would carry one onto other pages, whatever the import's form", async () => {
    expect(await problems("components/site-header.tsx", 'export { SearchBox } from "../components/search-box";\n')).toHaveLength(1);
    expect(await problems("components/site-header.tsx", 'export async function load() {\n  return import("@/components/search-box");\n}\n')).toHaveLength(1);
  });

  it("fails a client component written in the folder of an undeclared route", async () => {
    expect(await problems("app/tags/error.tsx", '"use client";\n\nexport default function TagsError() {\n  return <p>Sorry.</p>;\n}\n')).toHaveLength(1);
    expect(await problems("app/search/error.tsx", '"use client";\n\nexport default function SearchError() {\n  return <p>Sorry.</p>;\n}\n')).toEqual([]);
  });

  it("leaves server components and packages alone", async () => {
    expect(await problems("app/about/page.tsx", 'import { ArticleCard } from "@/components/article-card";\nimport { notFound } from "next/navigation";\n\nexport { ArticleCard, notFound };\n')).toEqual([]);
  });
});
