import type { Edge, Node } from "@xyflow/react";
import type { OrgNode } from "@/lib/org/types";
import type { Severity } from "@/lib/rules/catalog";

/** The count and worst severity of the findings that name a card. */
export interface FindingBadge {
  count: number;
  worst: Severity;
}

export type RoleBadge = "CIO" | "CTO" | "CIO+CTO" | null;

/**
 * What a card draws. Built once per chart change and reused while nothing on the card changed,
 * so memoised cards skip re-rendering during drags and unrelated edits.
 */
export interface CardData extends Record<string, unknown> {
  node: OrgNode;
  role: RoleBadge;
  findings: FindingBadge | null;
  /** Comments in the card's thread while it is open (0 when none or resolved). */
  comments: number;
  /** Direct reports (visible or not): the collapse toggle shows only when there are some. */
  reportCount: number;
  collapsed: boolean;
  /** Reports hidden under a collapsed card, at any depth. */
  hiddenCount: number;
  /** Emphasised by a search match or a clicked finding. */
  highlighted: boolean;
  /** The card a dragged card would be re-parented to on drop. */
  dropTarget: boolean;
  canEdit: boolean;
}

export type CardNode = Node<CardData, "role" | "department">;
export type LineEdge = Edge<Record<string, never>>;
