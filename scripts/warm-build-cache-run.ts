/** The build cache warm-up as a process of its own (scripts/build.ts runs it beside Next.js). */
import { warmBuildCache } from "./warm-build-cache";

try {
  await warmBuildCache();
  process.exit(0);
} catch (error) {
  console.error(`The search index could not be built: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
}
