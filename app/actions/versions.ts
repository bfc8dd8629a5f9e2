"use server";

import { z } from "zod";
import { listChartActivity } from "@/lib/server/data/chart-activity";
import { listChartVersions, readChartVersion, saveChartVersion } from "@/lib/server/data/chart-versions";
import { authedAction } from "@/lib/server/safe-action";
import { chartName, id } from "@/lib/server/schemas";

export const saveVersionAction = authedAction(z.object({ chartId: id, name: chartName }), async ({ chartId, name }, { user, db }) =>
  saveChartVersion(db, user, chartId, name),
);

export const listVersionsAction = authedAction(z.object({ chartId: id }), async ({ chartId }, { user, db }) => listChartVersions(db, user, chartId));

export const readVersionAction = authedAction(z.object({ chartId: id, versionId: id }), async ({ chartId, versionId }, { user, db }) =>
  readChartVersion(db, user, chartId, versionId),
);

export const listActivityAction = authedAction(z.object({ chartId: id }), async ({ chartId }, { user, db }) => listChartActivity(db, user, chartId));
