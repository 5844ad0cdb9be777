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
  },
});
