"use client";

import { memo } from "react";
import type { NodeProps } from "@xyflow/react";
import { CardHandles } from "./card-handles";
import { CollapseToggle } from "./collapse-toggle";
import { CommentsBadge } from "./comments-badge";
import { FindingsBadge } from "./findings-badge";
import { useCanvasI18n } from "./canvas-i18n-context";
import { useDetailLevel } from "./detail-level-context";
import { cardClass } from "./role-card";
import type { CardNode } from "./flow-types";

/** A department: a flatter, tinted block with a folder-like label, so it never reads as a person. */
function DepartmentCardView({ data, selected }: NodeProps<CardNode>) {
  const { t } = useCanvasI18n();
  const detail = useDetailLevel();
  const { node, findings } = data;
  const className = cardClass("oc-card oc-department", selected, data.highlighted, data.dropTarget, null);
  if (detail === "block") {
    return <div className={`${className} oc-block`} data-testid="chart-node" data-node-id={node.id} title={node.title} />;
  }
  return (
    <div className={className} data-testid="chart-node" data-node-id={node.id}>
      <CardHandles connectable={data.canEdit} />
      <div className="oc-dept-label">{t("canvas.node.department")}</div>
      <div className="oc-card-title" data-testid="node-title">
        {node.title}
      </div>
      {findings !== null && <FindingsBadge findings={findings} />}
        {data.comments > 0 && <CommentsBadge nodeId={node.id} count={data.comments} />}
      {data.reportCount > 0 && <CollapseToggle nodeId={node.id} collapsed={data.collapsed} hiddenCount={data.hiddenCount} />}
    </div>
  );
}

export const DepartmentCard = memo(DepartmentCardView);
