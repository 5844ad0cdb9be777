import { mkdtemp, rm, utimes, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oncePerFileVersion } from "@/lib/images/per-file-version";

/*
 * The reader behind describePhoto and fileRecordsPosition: each version of a picture is read once
 * per process, a replaced one again, and `next dev` does not keep every version a jeweler saves.
 */

let folder: string;
const file = (name: string) => path.join(folder, name);

/** A reader that notes each file it reads. */
function countingReader() {
  const reads: string[] = [];
  const read = (name: string) => {
    reads.push(path.basename(name));
    return Promise.resolve(name);
  };
  return { reads, read };
}

beforeAll(async () => {
  folder = await mkdtemp(path.join(os.tmpdir(), "per-file-version-"));
  for (const name of ["ring.jpg", "bench.jpg", "wax.jpg"]) await writeFile(file(name), name);
});

afterAll(() => rm(folder, { recursive: true, force: true }));

describe("a file read once per version", () => {
  it("is read once however often it is asked for, and again once it is replaced", async () => {
    const { reads, read } = countingReader();
    const once = oncePerFileVersion(read);
    expect(once(file("ring.jpg"))).toBe(once(file("ring.jpg")));
    await utimes(file("ring.jpg"), new Date(Date.UTC(2026, 0, 2)), new Date(Date.UTC(2026, 0, 2)));
    await once(file("ring.jpg"));
    await once(file("ring.jpg"));
    expect(reads).toEqual(["ring.jpg", "ring.jpg"]);
  });

  it("is let go of when more versions than the reader keeps were asked for since, and read again", async () => {
    const { reads, read } = countingReader();
    const once = oncePerFileVersion(read, 2);
    for (const name of ["ring.jpg", "bench.jpg", "ring.jpg", "wax.jpg", "ring.jpg", "bench.jpg"]) await once(file(name));
    // ring.jpg, asked for again before each new file came, is kept; bench.jpg was let go when wax.jpg came.
    expect(reads).toEqual(["ring.jpg", "bench.jpg", "wax.jpg", "bench.jpg"]);
  });
});
