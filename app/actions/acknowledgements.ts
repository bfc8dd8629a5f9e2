"use server";

import { z } from "zod";
import { acknowledgedFindingSchema, acknowledgementReasonSchema } from "@/lib/rules";
import { acknowledgeFinding, listAcknowledgements, reopenFinding } from "@/lib/server/data/acknowledgements";
import { authedAction } from "@/lib/server/safe-action";
import { id } from "@/lib/server/schemas";

export const acknowledgeFindingAction = authedAction(
  z.object({ chartId: id, finding: acknowledgedFindingSchema, reason: acknowledgementReasonSchema }),
  async ({ chartId, finding, reason }, { user, db }) => acknowledgeFinding(db, user, chartId, finding, reason),
);

export const reopenFindingAction = authedAction(
  z.object({ chartId: id, finding: acknowledgedFindingSchema }),
  async ({ chartId, finding }, { user, db }) => reopenFinding(db, user, chartId, finding),
);

/** Read again when the live stream says a colleague acknowledged or reopened a finding. */
export const listAcknowledgementsAction = authedAction(z.object({ chartId: id }), async ({ chartId }, { user, db }) => listAcknowledgements(db, user, chartId));
