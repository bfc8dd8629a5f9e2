"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { createChart, deleteChart, duplicateChart, renameChart, restoreChart } from "@/lib/server/data/charts";
import { authedAction } from "@/lib/server/safe-action";
import { chartName, id } from "@/lib/server/schemas";

export const createChartAction = authedAction(z.object({ orgId: id, name: chartName }), async ({ orgId, name }, { user, db }) => {
  const chart = await createChart(db, user, orgId, { name, nodes: [], edges: [] });
  revalidatePath("/dashboard");
  return chart;
});

export const renameChartAction = authedAction(z.object({ chartId: id, name: chartName }), async ({ chartId, name }, { user, db }) => {
  const result = await renameChart(db, user, chartId, name);
  revalidatePath("/dashboard");
  return result;
});

export const duplicateChartAction = authedAction(z.object({ chartId: id, name: chartName }), async ({ chartId, name }, { user, db }) => {
  const copy = await duplicateChart(db, user, chartId, name);
  revalidatePath("/dashboard");
  return copy;
});

export const deleteChartAction = authedAction(z.object({ chartId: id }), async ({ chartId }, { user, db }) => {
  await deleteChart(db, user, chartId);
  revalidatePath("/dashboard");
  return null;
});

export const restoreChartAction = authedAction(z.object({ chartId: id }), async ({ chartId }, { user, db }) => {
  await restoreChart(db, user, chartId);
  revalidatePath("/dashboard");
  return null;
});
