import { defineConfig, mergeConfig } from "vitest/config";
import base from "./vitest.config";

/*
 * The unit and component tests as StrykerJS runs them for `npm run test:mutation`: without the
 * tests of the measuring scripts, nor those that run the site's commands in child processes (a build, `next dev`, the author
 * commands). A mutant lives only in the test process, so those could never kill one, and they
 * would make every run minutes longer.
 *
 * Stryker's runner uses worker threads, where assigning `process.env.TZ` does not change the zone
 * `Date` uses: scripts/mutation.ts starts Stryker with the server in Auckland instead.
 */
export default mergeConfig(
  base,
  defineConfig({
    test: {
      exclude: [
        "**/node_modules/**",
        "tests/unit/author-workflow.test.ts",
        "tests/unit/new-article.test.ts",
        "tests/unit/check-content-command.test.ts",
        "tests/unit/author-mistakes-build.test.ts",
        "tests/unit/zero-javascript-rule.test.ts",
        // Measurements of the benchmark and load scripts, which Stryker does not mutate; one imports
        // its module at run time, which Stryker's sandbox cannot resolve.
        "tests/unit/bench-measures.test.ts",
        "tests/unit/load-verdict.test.ts",
      ],
    },
  }),
);
