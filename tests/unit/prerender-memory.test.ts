import { mkdtemp, rm, writeFile, mkdir } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { folderBytes, prerenderHeapLimitMb, withHeapLimit } from "../../scripts/prerender-memory";

let root: string;

beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), "prerender-memory-"));
});

afterAll(() => rm(root, { recursive: true, force: true }));

type WorkerPool = { heapLimitMb(): Promise<number>; end(): Promise<void> };
type WorkerClass = new (file: string, options: Record<string, unknown>) => WorkerPool;

/** The heap limit a worker gets from Next.js's build worker pool, started as `next build` starts its prerender workers. */
async function heapLimitInNextWorker(nodeOptions: string): Promise<number> {
  const file = path.join(root, "heap-limit-worker.cjs");
  await writeFile(file, 'exports.heapLimitMb = () => Math.round(require("node:v8").getHeapStatistics().heap_size_limit / 1048576);\n');
  const { Worker } = createRequire(import.meta.url)("next/dist/lib/worker") as { Worker: WorkerClass };
  const saved = process.env.NODE_OPTIONS;
  process.env.NODE_OPTIONS = nodeOptions;
  try {
    const pool = new Worker(file, { numWorkers: 1, exposedMethods: ["heapLimitMb"], isolatedMemory: true, maxRetries: 0 });
    try {
      return await pool.heapLimitMb();
    } finally {
      await pool.end();
    }
  } finally {
    process.env.NODE_OPTIONS = saved;
  }
}

describe("the prerender workers' heap limit", () => {
  it("leaves room for Next.js and React, and grows with the content", () => {
    expect(prerenderHeapLimitMb(0)).toBe(256);
    expect(prerenderHeapLimitMb(40_000_000)).toBe(336);
    expect(prerenderHeapLimitMb(400_000_000)).toBeGreaterThan(prerenderHeapLimitMb(40_000_000));
  });

  it("is added after the options already set", () => {
    expect(withHeapLimit(undefined, 300)).toBe("--max-old-space_size=300");
    expect(withHeapLimit("--enable-source-maps", 300)).toBe("--enable-source-maps --max-old-space_size=300");
  });

  it("reaches the workers of Next.js's build pool, which drop the usual spelling", async () => {
    expect(await heapLimitInNextWorker(withHeapLimit(undefined, 300))).toBeLessThan(400);
    // Why the other spelling: were Next.js to pass this one on too, the workaround could go.
    expect(await heapLimitInNextWorker("--max-old-space-size=300")).toBeGreaterThan(1000);
  }, 30_000);

  it("measures the content from its files", async () => {
    await mkdir(path.join(root, "content", "articles"), { recursive: true });
    await writeFile(path.join(root, "content", "articles", "a.md"), "x".repeat(1000));
    await writeFile(path.join(root, "content", "b.md"), "y".repeat(234));
    expect(await folderBytes(path.join(root, "content"))).toBe(1234);
    expect(await folderBytes(path.join(root, "missing"))).toBe(0);
  });
});
