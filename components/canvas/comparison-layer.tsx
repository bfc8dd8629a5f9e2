"use client";

import { ViewportPortal } from "@xyflow/react";
import type { Chart } from "@/lib/org/types";
import { NODE_SIZE } from "./node-size";

/**
 * While a version is compared with now: the cards that were removed since, drawn where they were
 * as red dashed ghosts (the cards still there are coloured by the editor: green added, amber
 * changed).
 */
export function ComparisonLayer({ before, removed }: { before: Chart; removed: ReadonlySet<string> }) {
  const ghosts = before.nodes.filter((node) => removed.has(node.id) && node.position !== null);
  if (ghosts.length === 0) return null;
  return (
    <ViewportPortal>
      <div className="oc-comparison-layer" aria-hidden>
        {ghosts.map((node) => {
          const size = NODE_SIZE[node.kind];
          return (
            <div
              key={node.id}
              className="oc-diff-ghost"
              data-testid="removed-card"
              style={{ transform: `translate(${node.position!.x}px, ${node.position!.y}px)`, width: size.width, height: size.height }}
            >
              {node.title}
            </div>
          );
        })}
      </div>
    </ViewportPortal>
  );
}
