"use client";
// A client component because searching happens in the reader's browser, against the Pagefind index.

import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore } from "react";

type ResultData = { url: string; excerpt: string; meta: { title?: string } };
type Pagefind = {
  init(): Promise<void>;
  mergeIndex(url: string): Promise<void>;
  debouncedSearch(query: string, options?: object, ms?: number): Promise<{ results: { id: string; data(): Promise<ResultData> }[] } | null>;
};

type State =
  | { kind: "idle" }
  | { kind: "searching" }
  | { kind: "done"; query: string; total: number; results: (ResultData & { id: string })[] }
  | { kind: "unavailable" };

const INDEX_URL = "/pagefind/pagefind.js";

/** `shards`: the other bundles a large journal's index is split into (lib/search.ts). */
async function loadPagefind(shards: string[]): Promise<Pagefind> {
  const engine: Pagefind = await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ INDEX_URL);
  for (const shard of shards) await engine.mergeIndex(shard);
  await engine.init();
  return engine;
}

const noSubscription = () => () => {};

/** Without JavaScript (the server's render) the page explains itself and points elsewhere. */
function NoScriptMessage() {
  return (
    <p className="rounded-sm border-l-2 border-accent bg-paper-raised px-5 py-4">
      Search runs in your browser and needs JavaScript. Everything is also listed in the{" "}
      <a href="/archive" className="text-accent underline">
        archive
      </a>{" "}
      and by{" "}
      <a href="/tags" className="text-accent underline">
        tags
      </a>
      .
    </p>
  );
}

export function SearchBox({ shards }: { shards: string[] }) {
  const scripted = useSyncExternalStore(noSubscription, () => true, () => false);
  return scripted ? <Search shards={shards} /> : <NoScriptMessage />;
}

function Search({ shards }: { shards: string[] }) {
  const inputId = useId();
  const pagefind = useRef<Promise<Pagefind> | null>(null);
  const latest = useRef("");
  const [query, setQuery] = useState("");
  const [state, setState] = useState<State>({ kind: "idle" });

  const search = useCallback(async (text: string) => {
    setQuery(text);
    const trimmed = text.trim();
    latest.current = trimmed;
    if (trimmed === "") {
      setState({ kind: "idle" });
      return;
    }
    setState({ kind: "searching" });
    try {
      pagefind.current ??= loadPagefind(shards);
      const found = await (await pagefind.current).debouncedSearch(trimmed, {}, 200);
      // A newer keystroke has superseded this search (Pagefind answers null, or we got here late).
      if (!found || latest.current !== trimmed) return;
      const results = await Promise.all(found.results.slice(0, 10).map(async (result) => ({ id: result.id, ...(await result.data()) })));
      if (latest.current === trimmed) setState({ kind: "done", query: trimmed, total: found.results.length, results });
    } catch {
      setState({ kind: "unavailable" });
    }
  }, [shards]);

  // A shared or bookmarked /search?q=… opens with its results.
  useEffect(() => {
    const initial = new URLSearchParams(window.location.search).get("q");
    if (initial) void Promise.resolve(initial).then(search);
  }, [search]);
  return (
    <div className="grid gap-6">
      <form role="search" action="/search" onSubmit={(event) => event.preventDefault()} className="grid gap-2">
        <label htmlFor={inputId} className="label-caps text-muted">
          Search the journal
        </label>
        <input
          id={inputId}
          name="q"
          type="search"
          value={query}
          onChange={(event) => void search(event.target.value)}
          autoComplete="off"
          placeholder="silver, hallmark, pearls…"
          className="w-full rounded-sm border border-rule bg-paper-raised px-4 py-3 text-lg text-ink placeholder:text-muted focus:border-accent"
        />
      </form>
      <p role="status" className="label-caps text-muted">
        {state.kind === "searching" && "Searching…"}
        {state.kind === "done" && `${state.total} ${state.total === 1 ? "article" : "articles"} found for “${state.query}”`}
        {state.kind === "unavailable" && "Search is unavailable right now; try the archive or the tags."}
      </p>
      {state.kind === "done" && state.results.length > 0 && (
        <ol className="grid gap-8">
          {state.results.map((result) => (
            <li key={result.id} className="grid gap-1 border-t border-rule pt-4">
              <a href={result.url} className="font-display text-2xl hover:text-accent hover:underline">
                {result.meta.title ?? result.url}
              </a>
              {/* Pagefind's excerpt is escaped text with <mark> around the matches. */}
              <p className="search-excerpt text-muted" dangerouslySetInnerHTML={{ __html: result.excerpt }} />
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
