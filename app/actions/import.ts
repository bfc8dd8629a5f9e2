"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { importOptionsSchema } from "@/lib/io/import-file";
import { IMPORT_LIMITS } from "@/lib/io/import-limits";
import { importChart } from "@/lib/server/data/import-chart";
import { authedAction } from "@/lib/server/safe-action";
import { chartName, id } from "@/lib/server/schemas";

const importInput = z.object({
  orgId: id,
  fileName: z.string().max(255),
  bytes: z.instanceof(Uint8Array).refine((bytes) => bytes.byteLength <= IMPORT_LIMITS.bytes, `The file is larger than ${IMPORT_LIMITS.bytes} bytes.`),
  options: importOptionsSchema,
  name: chartName.optional(),
});

/** Imports a CSV or orgchart/v1 file as a new chart; a refused file comes back with its problems. */
export const importChartAction = authedAction(importInput, async ({ orgId, fileName, bytes, options, name }, { user, db }) => {
  const result = await importChart(db, user, orgId, { bytes, fileName, options, name });
  if (result.ok) revalidatePath("/dashboard");
  return result;
});
