"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { CardHandles } from "./card-handles";
import { CollapseToggle } from "./collapse-toggle";
import { CommentsBadge } from "./comments-badge";
import { FindingsBadge } from "./findings-badge";
import { useCanvasActions } from "./canvas-actions-context";
import { useCanvasI18n } from "./canvas-i18n-context";
import { useDetailLevel } from "./detail-level-context";
import type { CardNode } from "./flow-types";

/** A person's card: title, person, CIO/CTO badge, responsibility count and findings badge. */
function RoleCardView({ data, selected }: NodeProps<CardNode>) {
  const { t } = useCanvasI18n();
  const { addReport } = useCanvasActions();
  const detail = useDetailLevel();
  const { node, role, findings } = data;
  const className = cardClass("oc-card oc-role", selected, data.highlighted, data.dropTarget, role);
  if (detail === "block") {
    return <div className={`${className} oc-block`} data-testid="chart-node" data-node-id={node.id} title={node.title} />;
  }
  return (
    <div className={className} data-testid="chart-node" data-node-id={node.id}>
      <CardHandles connectable={data.canEdit} />
      <div className="oc-card-top">
        {role !== null && (
          <span className={`oc-role-badge oc-role-${role === "CIO+CTO" ? "both" : role.toLowerCase()}`} data-testid="role-badge">
            {role}
          </span>
        )}
        <span className="oc-card-title" data-testid="node-title">
          {node.title}
        </span>
      </div>
      <div className="oc-card-person" data-testid="node-person">
        {node.person ?? "\u00a0"}
      </div>
      <div className="oc-card-bottom">
        <span className="oc-resp-count" title={t("canvas.inspector.responsibilities")}>
          {t("canvas.node.responsibilities", { count: node.responsibilities.length })}
        </span>
        {findings !== null && <FindingsBadge findings={findings} />}
        {data.comments > 0 && <CommentsBadge nodeId={node.id} count={data.comments} />}
        {data.canEdit && (
          <button
            type="button"
            className="oc-add-report nodrag"
            data-testid="add-report-on-node"
            aria-label={t("canvas.node.addReport", { title: node.title })}
            title={t("canvas.node.addReport", { title: node.title })}
            onClick={(event) => {
              event.stopPropagation();
              addReport(node.id);
            }}
          >
            +
          </button>
        )}
      </div>
      {data.reportCount > 0 && <CollapseToggle nodeId={node.id} collapsed={data.collapsed} hiddenCount={data.hiddenCount} />}
    </div>
  );
}

export function cardClass(base: string, selected: boolean, highlighted: boolean, dropTarget: boolean, role: string | null): string {
  let name = base;
  if (selected) name += " is-selected";
  if (highlighted) name += " is-highlighted";
  if (dropTarget) name += " is-drop-target";
  if (role === "CIO") name += " is-cio";
  else if (role === "CTO") name += " is-cto";
  else if (role === "CIO+CTO") name += " is-both";
  return name;
}

export const RoleCard = memo(RoleCardView);
