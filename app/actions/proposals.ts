"use server";

import { z } from "zod";
import { discardProposal, mergeProposal, readProposalContext, startProposal } from "@/lib/server/data/proposals";
import { authedAction } from "@/lib/server/safe-action";
import { chartName, id } from "@/lib/server/schemas";

export const startProposalAction = authedAction(
  z.object({ chartId: id, name: chartName, private: z.boolean() }),
  async ({ chartId, name, private: isPrivate }, { user, db }) => startProposal(db, user, chartId, name, isPrivate),
);

export const readProposalAction = authedAction(z.object({ chartId: id }), async ({ chartId }, { user, db }) => readProposalContext(db, user, chartId));

export const mergeProposalAction = authedAction(z.object({ chartId: id }), async ({ chartId }, { user, db }) => mergeProposal(db, user, chartId));

export const discardProposalAction = authedAction(z.object({ chartId: id }), async ({ chartId }, { user, db }) => discardProposal(db, user, chartId));
