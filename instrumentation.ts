/**
 * Next calls this once when a server instance boots. The live feed starts here rather than with the
 * first stream, so that an instance that only takes writes still announces them to the others.
 */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { startChartFeed } = await import("./lib/server/sync/chart-change-feed");
  startChartFeed();
}
