import { z } from "zod";
import { exportChart, exportFormats } from "@/lib/server/export-chart";
import { loadAcknowledgements } from "@/lib/server/data/acknowledgements";
import { getChart } from "@/lib/server/data/charts";
import { jsonError, authedRoute } from "@/lib/server/route-handler";
import { locale } from "@/lib/server/schemas";

const query = z.object({
  format: z.enum(exportFormats),
  lang: locale.default("en"),
  /** The current view, "x,y,width,height" in canvas pixels; default the whole chart. */
  view: z
    .string()
    .regex(/^-?\d+(\.\d+)?(,-?\d+(\.\d+)?){3}$/)
    .transform((value) => value.split(",").map(Number) as [number, number, number, number])
    .refine(([, , width, height]) => width > 0 && height > 0 && width <= 200_000 && height <= 200_000)
    .optional(),
});

/** GET ?format=json|csv|svg|png|chart-pdf|pdf|html|md|findings-csv[&lang=it|en][&view=x,y,w,h] → the chart or its report as a download. */
export const GET = authedRoute<{ chartId: string }, null>(null, async ({ user, db, params, request }) => {
  const url = new URL(request.url);
  const parsed = query.safeParse(Object.fromEntries(url.searchParams));
  if (!parsed.success) return jsonError(400, "invalid", `Unknown export: ${parsed.error.issues[0]?.path.join(".") ?? "query"}`);
  const { chart } = await getChart(db, user, params.chartId);
  const [x, y, width, height] = parsed.data.view ?? [];
  const view = width === undefined ? undefined : { x: x as number, y: y as number, width, height: height as number };
  // getChart checked the caller may read the chart; its acknowledgements travel in the JSON export.
  const acknowledgements = parsed.data.format === "json" ? await loadAcknowledgements(db, params.chartId) : [];
  const file = await exportChart(chart, parsed.data.format, parsed.data.lang, view, acknowledgements);
  return new Response(new Uint8Array(file.body), {
    headers: {
      "content-type": file.contentType,
      "content-disposition": `attachment; filename="${file.asciiName}"; filename*=UTF-8''${encodeURIComponent(file.fileName)}`,
      "cache-control": "private, no-store",
    },
  });
});
