import { Position, type NodeHandle } from "@xyflow/react";
import { indexChart } from "@/lib/org/chart-index";
import type { Chart, OrgEdge, OrgNode } from "@/lib/org/types";
import type { VisibleSubgraph } from "@/lib/org/visible-subgraph";
import { recognizeRole } from "@/lib/rules/recognize-role";
import { commentTargetKey } from "@/lib/comments/comment-schema";
import type { CardData, CardNode, FindingBadge, LineEdge, RoleBadge } from "./flow-types";
import { HANDLE_SIZE, NODE_SIZE, SIDE_HANDLE } from "./node-size";

export interface FlowInputs {
  chart: Chart;
  /** What is drawn: nodes not hidden under a collapsed manager, and their hidden counts. */
  visible: VisibleSubgraph;
  /** The fold state as this user sees it (a viewer's folds are not stored). */
  isCollapsed: (node: OrgNode) => boolean;
  /** Positions for nodes that have none stored yet (computed by the layout). */
  fallbackPositions: ReadonlyMap<string, { x: number; y: number }>;
  findings: ReadonlyMap<string, FindingBadge>;
  /** Open comments per thread, keyed like the threads (`commentTargetKey`). */
  comments: ReadonlyMap<string, number>;
  highlighted: ReadonlySet<string>;
  selectedNodes: ReadonlySet<string>;
  selectedEdges: ReadonlySet<string>;
  dropTarget: string | null;
  canEdit: boolean;
}

/**
 * Remembers the objects handed to React Flow last time, so an edit to one card gives React Flow
 * the same object for every other card: it then skips them, and memoised cards do not re-render.
 */
export class FlowElementCache {
  private nodes = new Map<string, CardNode>();
  private edges = new Map<string, LineEdge>();

  build(input: FlowInputs): { nodes: CardNode[]; edges: LineEdge[] } {
    const index = indexChart(input.chart);
    const nodes: CardNode[] = [];
    const nextNodes = new Map<string, CardNode>();
    for (const node of input.chart.nodes) {
      if (!input.visible.nodeIds.has(node.id)) continue;
      const data: CardData = {
        node,
        role: roleBadge(node),
        findings: input.findings.get(node.id) ?? null,
        comments: input.comments.get(commentTargetKey({ kind: "node", nodeId: node.id })) ?? 0,
        reportCount: index.reportsOf.get(node.id)?.length ?? 0,
        collapsed: input.isCollapsed(node),
        hiddenCount: input.visible.hiddenCount.get(node.id) ?? 0,
        highlighted: input.highlighted.has(node.id),
        dropTarget: input.dropTarget === node.id,
        canEdit: input.canEdit,
      };
      const position = node.position ?? input.fallbackPositions.get(node.id) ?? { x: 0, y: 0 };
      const selected = input.selectedNodes.has(node.id);
      const previous = this.nodes.get(node.id);
      const flowNode =
        previous !== undefined && sameData(previous.data, data) && previous.selected === selected && samePoint(previous.position, position)
          ? previous
          : toFlowNode(node, previous !== undefined && sameData(previous.data, data) ? previous.data : data, position, selected, input.canEdit);
      nextNodes.set(node.id, flowNode);
      nodes.push(flowNode);
    }
    const stacked = stackedCards(nodes, index.managerOf);
    const edges: LineEdge[] = [];
    const nextEdges = new Map<string, LineEdge>();
    for (const edge of input.chart.edges) {
      if (!input.visible.edgeIds.has(edge.id)) continue;
      const selected = input.selectedEdges.has(edge.id);
      const side = edge.kind === "reports-to" && stacked.has(edge.target);
      const previous = this.edges.get(edge.id);
      const flowEdge =
        previous !== undefined &&
        previous.source === edge.source &&
        previous.target === edge.target &&
        previous.selected === selected &&
        previous.className === edgeClass(edge) &&
        (previous.targetHandle === SIDE_HANDLE) === side
          ? previous
          : toFlowEdge(edge, selected, input.canEdit, side);
      nextEdges.set(edge.id, flowEdge);
      edges.push(flowEdge);
    }
    this.nodes = nextNodes;
    this.edges = nextEdges;
    return { nodes, edges };
  }
}

function toFlowNode(node: OrgNode, data: CardData, position: { x: number; y: number }, selected: boolean, canEdit: boolean): CardNode {
  const { width, height } = NODE_SIZE[node.kind];
  return {
    id: node.id,
    type: node.kind,
    position,
    data,
    width,
    height,
    handles: handlesFor(width, height),
    selected,
    draggable: canEdit,
    connectable: canEdit,
    ariaLabel: node.person ? `${node.title}, ${node.person}` : node.title,
  };
}

function toFlowEdge(edge: OrgEdge, selected: boolean, canEdit: boolean, side: boolean): LineEdge {
  return {
    id: edge.id,
    source: edge.source,
    target: edge.target,
    targetHandle: side ? SIDE_HANDLE : null,
    type: "smoothstep",
    className: edgeClass(edge),
    selected,
    deletable: canEdit,
    selectable: canEdit,
  };
}

function edgeClass(edge: OrgEdge): string {
  return edge.kind === "dotted" ? "oc-edge oc-edge-dotted" : "oc-edge";
}

/**
 * Cards drawn directly below a sibling in the same column (the compact layout's stacks, or a
 * hand-made column): their line from the manager comes in from the side.
 */
function stackedCards(nodes: readonly CardNode[], managerOf: ReadonlyMap<string, string>): Set<string> {
  const columns = new Map<string, CardNode[]>();
  for (const node of nodes) {
    const manager = managerOf.get(node.id);
    if (manager === undefined) continue;
    const key = `${manager}\u0000${node.position.x}`;
    const column = columns.get(key);
    if (column === undefined) columns.set(key, [node]);
    else column.push(node);
  }
  const stacked = new Set<string>();
  for (const column of columns.values()) {
    if (column.length < 2) continue;
    const top = Math.min(...column.map((n) => n.position.y));
    for (const node of column) if (node.position.y > top) stacked.add(node.id);
  }
  return stacked;
}

const handleCache = new Map<string, NodeHandle[]>();

/** Declared handles let React Flow route lines to cards it has not mounted (off-screen). */
function handlesFor(width: number, height: number): NodeHandle[] {
  const key = `${width}x${height}`;
  let handles = handleCache.get(key);
  if (handles === undefined) {
    const x = width / 2 - HANDLE_SIZE / 2;
    handles = [
      { type: "target", position: Position.Top, x, y: -HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE, id: null },
      { type: "source", position: Position.Bottom, x, y: height - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE, id: null },
      { type: "target", position: Position.Left, x: -HANDLE_SIZE / 2, y: height / 2 - HANDLE_SIZE / 2, width: HANDLE_SIZE, height: HANDLE_SIZE, id: SIDE_HANDLE },
    ];
    handleCache.set(key, handles);
  }
  return handles;
}

function roleBadge(node: OrgNode): RoleBadge {
  const holding = recognizeRole(node);
  if (holding.cio && holding.cto) return "CIO+CTO";
  if (holding.cio) return "CIO";
  if (holding.cto) return "CTO";
  return null;
}

function sameData(a: CardData, b: CardData): boolean {
  return (
    a.node === b.node &&
    a.role === b.role &&
    a.reportCount === b.reportCount &&
    a.collapsed === b.collapsed &&
    a.hiddenCount === b.hiddenCount &&
    a.highlighted === b.highlighted &&
    a.dropTarget === b.dropTarget &&
    a.canEdit === b.canEdit &&
    a.comments === b.comments &&
    (a.findings === b.findings || (a.findings !== null && b.findings !== null && a.findings.count === b.findings.count && a.findings.worst === b.findings.worst))
  );
}

function samePoint(a: { x: number; y: number }, b: { x: number; y: number }): boolean {
  return a.x === b.x && a.y === b.y;
}
