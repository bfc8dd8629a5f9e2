"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import {
  acceptInvitation,
  changeMemberRole,
  createInvitation,
  createOrganization,
  removeMember,
  renameOrganization,
  revokeInvitation,
} from "@/lib/server/data/organizations";
import { clearLimits, recordFailure, secondsUntilAllowed } from "@/lib/server/data/rate-limits";
import { translator } from "@/lib/i18n/translate";
import { AppError } from "@/lib/server/errors";
import { resolveLocale } from "@/lib/server/locale";
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

/** Invalid links count against the user, so nobody can try tokens in bulk. */
export const acceptInvitationAction = authedAction(z.object({ token: z.string().min(1).max(128) }), async ({ token }, { user, db }) => {
  const key = { kind: "invite" as const, value: user.userId };
  const wait = await secondsUntilAllowed(db, [key]);
  if (wait > 0) {
    const t = translator(await resolveLocale(user));
    throw new AppError("rate-limited", t("security.inviteLimited", { minutes: Math.ceil(wait / 60) }), { retryAfter: wait });
  }
  try {
    const joined = await acceptInvitation(db, user, token);
    await clearLimits(db, [key]);
    revalidatePath("/dashboard");
    return joined;
  } catch (error) {
    if (error instanceof AppError && error.code === "not-found") await recordFailure(db, [key]);
    throw error;
  }
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

export const removeMemberAction = authedAction(z.object({ orgId: id, userId: id }), async ({ orgId, userId }, { user, db }) => {
  await removeMember(db, user, orgId, userId);
  revalidatePath(`/orgs/${orgId}`);
  revalidatePath("/dashboard");
  return null;
});
