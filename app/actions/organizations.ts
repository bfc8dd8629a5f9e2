"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  acceptInvitation,
  changeMemberRole,
  createInvitation,
  createOrganization,
  renameOrganization,
  revokeInvitation,
} from "@/lib/server/data/organizations";
import { authedAction } from "@/lib/server/safe-action";
import { id, orgName, orgRole } from "@/lib/server/schemas";

export const createOrganizationAction = authedAction(z.object({ name: orgName }), async ({ name }, { user, db }) => {
  const org = await createOrganization(db, user, name);
  revalidatePath("/dashboard");
  return org;
});

export const renameOrganizationAction = authedAction(z.object({ orgId: id, name: orgName }), async ({ orgId, name }, { user, db }) => {
  await renameOrganization(db, user, orgId, name);
  revalidatePath("/dashboard");
  return null;
});

export const createInvitationAction = authedAction(z.object({ orgId: id, role: orgRole }), async ({ orgId, role }, { user, db }) => {
  const invite = await createInvitation(db, user, orgId, role);
  return { token: invite.token, expiresAt: invite.expiresAt.toISOString() };
});

export const acceptInvitationAction = authedAction(z.object({ token: z.string().min(1).max(128) }), async ({ token }, { user, db }) => {
  const joined = await acceptInvitation(db, user, token);
  revalidatePath("/dashboard");
  return joined;
});

export const changeMemberRoleAction = authedAction(
  z.object({ orgId: id, userId: id, role: orgRole }),
  async ({ orgId, userId, role }, { user, db }) => {
    await changeMemberRole(db, user, orgId, userId, role);
    revalidatePath(`/orgs/${orgId}`);
    return null;
  },
);

export const revokeInvitationAction = authedAction(z.object({ invitationId: id }), async ({ invitationId }, { user, db }) => {
  const { orgId } = await revokeInvitation(db, user, invitationId);
  revalidatePath(`/orgs/${orgId}`);
  return null;
});
