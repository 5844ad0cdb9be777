import react from "@vitejs/plugin-react";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  plugins: [react()],
  resolve: { alias: { "@": fileURLToPath(new URL(".", import.meta.url)) } },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/component/**/*.test.tsx"],
    environment: "node",
    setupFiles: ["tests/setup.ts"],
    // Vitest's 5 s default fails whole tests on a loaded 2-core CI machine. These limits only
    // catch a hang; tests that run a build or a server give their own, larger ones.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Vitest's default leaves a core aside, which is one worker on two cores; the slowest files
    // mostly wait on child processes (a build, `next dev`, the author commands), so a second
    // worker runs other files meanwhile (bench/ci-time-2026-12-07.md).
    maxWorkers: "100%",
  },
});
