/** Runs once when the Next.js server starts. */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs" && process.env.NODE_ENV === "development" && process.env.PORT) {
    const { refreshPagesOnNewFiles } = await import("./lib/authoring/dev-refresh");
    refreshPagesOnNewFiles(process.env.PORT);
  }
}
