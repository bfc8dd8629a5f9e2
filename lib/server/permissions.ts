/**
 * The authorization matrix: which organisation role may do what. Every data-layer function asks
 * `assertCan` before touching an object, so this table is the one place to read or change policy.
 */
export const ORG_ROLES = ["owner", "editor", "viewer"] as const;
export type OrgRole = (typeof ORG_ROLES)[number];

export type Action =
  | "org.read"
  | "org.rename"
  | "org.delete"
  | "org.invite"
  | "org.manageMembers"
  | "org.audit"
  | "org.export"
  | "chart.read"
  | "chart.create"
  | "chart.edit"
  | "chart.rename"
  | "chart.duplicate"
  | "chart.delete"
  /** "Bring everyone to me" in a live session: moves the others' view, so only those who may edit. */
  | "chart.summon"
  /**
   * Write in a chart's comment threads, and resolve or reopen them. Viewers may: in a workshop the
   * participants discuss the chart the facilitator and editors change.
   */
  | "chart.comment"
  /** Delete anyone's comment (everyone may edit and delete their own). */
  | "chart.moderateComments";

const MATRIX: Record<Action, readonly OrgRole[]> = {
  "org.read": ["owner", "editor", "viewer"],
  "org.rename": ["owner"],
  "org.delete": ["owner"],
  "org.invite": ["owner"],
  "org.manageMembers": ["owner"],
  "org.audit": ["owner"],
  "org.export": ["owner"],
  "chart.read": ["owner", "editor", "viewer"],
  "chart.create": ["owner", "editor"],
  "chart.edit": ["owner", "editor"],
  "chart.rename": ["owner", "editor"],
  "chart.duplicate": ["owner", "editor"],
  "chart.delete": ["owner", "editor"],
  "chart.summon": ["owner", "editor"],
  "chart.comment": ["owner", "editor", "viewer"],
  "chart.moderateComments": ["owner"],
};

export function can(role: OrgRole, action: Action): boolean {
  return MATRIX[action].includes(role);
}

export function isOrgRole(value: string): value is OrgRole {
  return (ORG_ROLES as readonly string[]).includes(value);
}
