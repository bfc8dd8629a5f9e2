"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type MouseEvent as ReactMouseEvent, type PointerEvent as ReactPointerEvent, type ReactNode } from "react";
import {
  Background,
  BackgroundVariant,
  MiniMap,
  ReactFlow,
  useReactFlow,
  useStore,
  useStoreApi,
  type Connection,
  type EdgeChange,
  type NodeChange,
  type NodeTypes,
  type ReactFlowState,
} from "@xyflow/react";
import { DepartmentCard } from "./department-card";
import { RoleCard } from "./role-card";
import { DetailLevelProvider } from "./detail-level-context";
import { useCanvasI18n } from "./canvas-i18n-context";
import type { CardNode, LineEdge } from "./flow-types";
import { DETAIL_ZOOM, NODE_SIZE, OVERVIEW_ZOOM } from "./node-size";
import { OverviewLayer } from "./overview-layer";

const nodeTypes: NodeTypes = { role: RoleCard, department: DepartmentCard };

/** Above this many cards the minimap draws too much to keep panning smooth; it is left out. */
const MINIMAP_MAX_NODES = 3000;
/** Low enough to fit a wide 10,000-person organisation on one screen. */
export const MIN_ZOOM = 0.001;

export interface DragResult {
  /** Final positions of the dragged cards. */
  moves: { id: string; position: { x: number; y: number } }[];
  /** The card the pointer was over when released (re-parent), if any. */
  dropTarget: string | null;
}

const NO_NODES: CardNode[] = [];
const NO_EDGES: LineEdge[] = [];

/** Three levels of detail by zoom: full cards, plain blocks, and one canvas for the overview. */
const detailLevel = (state: ReactFlowState): "full" | "block" | "overview" =>
  state.transform[2] < OVERVIEW_ZOOM ? "overview" : state.transform[2] < DETAIL_ZOOM ? "block" : "full";
const DIRECTIONS = ["up", "down", "left", "right"] as const;
const isDirection = (value: string): value is (typeof DIRECTIONS)[number] => (DIRECTIONS as readonly string[]).includes(value);

const hasSize = (state: Pick<ReactFlowState, "width" | "height">) => state.width > 0 && state.height > 0;

/**
 * The React Flow surface. It owns only what lives during a gesture (positions while dragging,
 * the card under the pointer); everything else comes in as props and goes out as callbacks.
 */
export function ChartCanvas({
  nodes,
  edges,
  canEdit,
  onSelect,
  onDragEnd,
  onDropTargetChange,
  onConnect,
  onAddAt,
  onPick,
  onReady,
  onKeyboardMove,
  onClickCard,
  onMenu,
  overlay,
  onUserMove,
  onViewChange,
  onPointer,
}: {
  nodes: CardNode[];
  edges: LineEdge[];
  canEdit: boolean;
  onSelect: (change: { nodes?: Map<string, boolean>; edges?: Map<string, boolean> }) => void;
  onDragEnd: (result: DragResult) => void;
  onDropTargetChange: (id: string | null) => void;
  onConnect: (source: string, target: string) => void;
  onAddAt: (position: { x: number; y: number }) => void;
  /** A click on a card drawn in the overview (there is no DOM card to click there). */
  onPick: (id: string) => void;
  /** Called once, when the canvas has its size: the moment to fit the chart in view. */
  onReady: () => void;
  onKeyboardMove: (moves: DragResult["moves"]) => void;
  /** A plain click on a card (no modifier): it becomes the only selection, even among several. */
  onClickCard: (id: string) => void;
  /** Right-click on a card or a line: open its menu at the pointer. */
  onMenu: (target: { kind: "card" | "line"; id: string; x: number; y: number }) => void;
  /** Drawn above the cards, in chart coordinates (the others' selections and pointers). */
  overlay?: ReactNode;
  /** The user started to pan or zoom (not a programmatic move such as following someone). */
  onUserMove?: () => void;
  /** The visible part of the chart changed, for whatever reason. */
  onViewChange?: () => void;
  /** The pointer moved over the chart (chart coordinates), or left it (null). */
  onPointer?: (point: { x: number; y: number } | null) => void;
}) {
  const { t } = useCanvasI18n();
  // React Flow's screen-reader texts are English unless given: "Press enter or space to select a node…".
  const ariaLabelConfig = useMemo(
    () => ({
      "node.a11yDescription.default": t("canvas.a11y.node"),
      "node.a11yDescription.keyboardDisabled": t("canvas.a11y.nodeKeys"),
      "node.a11yDescription.ariaLiveMessage": ({ direction, x, y }: { direction: string; x: number; y: number }) =>
        t("canvas.a11y.moved", { direction: isDirection(direction) ? t(`canvas.a11y.${direction}`) : direction, x, y }),
      "edge.a11yDescription.default": t("canvas.a11y.edge"),
      "minimap.ariaLabel": t("canvas.minimap"),
      "handle.ariaLabel": t("canvas.a11y.handle"),
    }),
    [t],
  );
  const flow = useReactFlow<CardNode, LineEdge>();
  const level = useStore(detailLevel);
  // Until the first fit, React Flow gets no cards: a big chart opens zoomed out on the overview
  // canvas, and handing React Flow 10,000 cards it will never draw costs a second.
  const store = useStoreApi<CardNode, LineEdge>();
  const [fitted, setFitted] = useState(false);
  useEffect(() => {
    if (fitted) return;
    const fitWhenSized = (state: ReactFlowState<CardNode, LineEdge>) => {
      if (!hasSize(state)) return;
      unsubscribe();
      onReady();
      setFitted(true);
    };
    const unsubscribe = store.subscribe(fitWhenSized);
    fitWhenSized(store.getState());
    return unsubscribe;
  }, [fitted, onReady, store]);
  const mouseDrag = useRef(false);
  const [dragging, setDragging] = useState<ReadonlyMap<string, { x: number; y: number }>>(new Map());
  const [dropTarget, setDropTarget] = useState<string | null>(null);

  // Cards being dragged follow the pointer locally; the chart only learns the final position.
  const shown = useMemo(
    () => (dragging.size === 0 ? nodes : nodes.map((node) => { const p = dragging.get(node.id); return p === undefined ? node : { ...node, position: p }; })),
    [nodes, dragging],
  );

  const onNodesChange = useCallback(
    (changes: NodeChange<CardNode>[]) => {
      let moved: Map<string, { x: number; y: number }> | null = null;
      let selection: Map<string, boolean> | null = null;
      for (const change of changes) {
        if (change.type === "position" && change.position !== undefined) {
          moved ??= new Map();
          moved.set(change.id, change.position);
        } else if (change.type === "select") {
          selection ??= new Map();
          selection.set(change.id, change.selected);
        }
      }
      if (moved !== null && mouseDrag.current) {
        const update = moved;
        setDragging((current) => new Map([...current, ...update]));
      } else if (moved !== null) {
        // Arrow keys move the selected cards (React Flow's keyboard access): each press is an edit.
        onKeyboardMove([...moved].map(([id, p]) => ({ id, position: { x: Math.round(p.x), y: Math.round(p.y) } })));
      }
      if (selection !== null) onSelect({ nodes: selection });
    },
    [onSelect, onKeyboardMove],
  );

  const onEdgesChange = useCallback(
    (changes: EdgeChange<LineEdge>[]) => {
      const selection = new Map<string, boolean>();
      for (const change of changes) if (change.type === "select") selection.set(change.id, change.selected);
      if (selection.size > 0) onSelect({ edges: selection });
    },
    [onSelect],
  );

  /** The card under the pointer, other than the ones being dragged. */
  const cardAt = useCallback(
    (event: MouseEvent | TouchEvent, draggedIds: ReadonlySet<string>, slackPx = 0): string | null => {
      const point = "touches" in event ? event.touches[0] ?? event.changedTouches[0] : event;
      if (point === undefined) return null;
      const p = flow.screenToFlowPosition({ x: point.clientX, y: point.clientY });
      // In the overview a card can be smaller than a pixel: accept clicks a few pixels around it.
      const slack = slackPx / flow.getZoom();
      for (const node of nodes) {
        if (draggedIds.has(node.id)) continue;
        const w = node.width ?? NODE_SIZE.role.width;
        const h = node.height ?? NODE_SIZE.role.height;
        const { x, y } = node.position;
        if (p.x >= x - slack && p.x <= x + w + slack && p.y >= y - slack && p.y <= y + h + slack) return node.id;
      }
      return null;
    },
    [flow, nodes],
  );

  const onNodeDrag = useCallback(
    (event: MouseEvent | TouchEvent, _node: CardNode, dragged: CardNode[]) => {
      const target = dragged.length === 1 ? cardAt(event, new Set(dragged.map((n) => n.id))) : null;
      if (target !== dropTarget) {
        setDropTarget(target);
        onDropTargetChange(target);
      }
    },
    [cardAt, dropTarget, onDropTargetChange],
  );

  const onNodeDragStart = useCallback(() => {
    mouseDrag.current = true;
  }, []);

  const onNodeDragStop = useCallback(
    (event: MouseEvent | TouchEvent, _node: CardNode, dragged: CardNode[]) => {
      mouseDrag.current = false;
      const target = dragged.length === 1 ? cardAt(event, new Set(dragged.map((n) => n.id))) : null;
      onDragEnd({ moves: dragged.map((n) => ({ id: n.id, position: { x: Math.round(n.position.x), y: Math.round(n.position.y) } })), dropTarget: target });
      setDragging(new Map());
      setDropTarget(null);
      onDropTargetChange(null);
    },
    [cardAt, onDragEnd, onDropTargetChange],
  );

  const onNodeClick = useCallback(
    (event: ReactMouseEvent, node: CardNode) => {
      if (!event.shiftKey && !event.metaKey && !event.ctrlKey) onClickCard(node.id);
    },
    [onClickCard],
  );

  const onNodeContextMenu = useCallback(
    (event: ReactMouseEvent, node: CardNode) => {
      event.preventDefault();
      onMenu({ kind: "card", id: node.id, x: event.clientX, y: event.clientY });
    },
    [onMenu],
  );

  const onEdgeContextMenu = useCallback(
    (event: ReactMouseEvent, edge: LineEdge) => {
      event.preventDefault();
      onMenu({ kind: "line", id: edge.id, x: event.clientX, y: event.clientY });
    },
    [onMenu],
  );

  const onPaneClick = useCallback(
    (event: ReactMouseEvent) => {
      if (level !== "overview") return;
      const id = cardAt(event.nativeEvent, new Set(), 4);
      if (id !== null) onPick(id);
    },
    [cardAt, level, onPick],
  );

  const onPaneDoubleClick = useCallback(
    (event: ReactMouseEvent) => {
      if (!canEdit || !(event.target instanceof Element) || !event.target.classList.contains("react-flow__pane")) return;
      const p = flow.screenToFlowPosition({ x: event.clientX, y: event.clientY });
      onAddAt({ x: Math.round(p.x - NODE_SIZE.role.width / 2), y: Math.round(p.y - NODE_SIZE.role.height / 2) });
    },
    [canEdit, flow, onAddAt],
  );

  const onMoveStart = useCallback(
    (event: MouseEvent | TouchEvent | null) => {
      if (event !== null) onUserMove?.();
    },
    [onUserMove],
  );
  const onPointerMove = useCallback(
    (event: ReactPointerEvent) => onPointer?.(flow.screenToFlowPosition({ x: event.clientX, y: event.clientY })),
    [flow, onPointer],
  );
  const onPointerLeave = useCallback(() => onPointer?.(null), [onPointer]);

  const handleConnect = useCallback(
    (connection: Connection) => {
      if (connection.source !== connection.target) onConnect(connection.source, connection.target);
    },
    [onConnect],
  );

  return (
    <DetailLevelProvider value={level === "full" ? "full" : "block"}>
      <div
        className={`oc-canvas oc-level-${level}`}
        onDoubleClick={onPaneDoubleClick}
        onPointerMove={onPointerMove}
        onPointerLeave={onPointerLeave}
        data-testid="chart-canvas"
        data-level={level}
      >
        <ReactFlow<CardNode, LineEdge>
          nodes={level === "overview" || !fitted ? NO_NODES : shown}
          edges={level === "overview" || !fitted ? NO_EDGES : edges}
          onPaneClick={onPaneClick}
          onNodeClick={onNodeClick}
          onNodeContextMenu={onNodeContextMenu}
          onEdgeContextMenu={onEdgeContextMenu}
          nodeTypes={nodeTypes}
          onNodesChange={onNodesChange}
          onEdgesChange={onEdgesChange}
          onNodeDragStart={onNodeDragStart}
          onNodeDrag={onNodeDrag}
          onNodeDragStop={onNodeDragStop}
          onConnect={handleConnect}
          onMoveStart={onMoveStart}
          onMove={onViewChange}
          onlyRenderVisibleElements
          nodesDraggable={canEdit}
          nodesConnectable={canEdit}
          elementsSelectable
          deleteKeyCode={null}
          zoomOnDoubleClick={false}
          multiSelectionKeyCode={["Shift", "Meta", "Control"]}
          selectionKeyCode="Shift"
          nodeDragThreshold={3}
          minZoom={MIN_ZOOM}
          maxZoom={2}
          proOptions={{ hideAttribution: true }}
          ariaLabelConfig={ariaLabelConfig}
        >
          <Background variant={BackgroundVariant.Dots} gap={24} size={1} />
          {level === "overview" && <OverviewLayer nodes={nodes} edges={edges} />}
          {overlay}
          {level !== "overview" && nodes.length <= MINIMAP_MAX_NODES && (
            <MiniMap pannable zoomable ariaLabel={t("canvas.minimap")} nodeClassName={miniMapClass} nodeStrokeWidth={0} />
          )}
        </ReactFlow>
      </div>
    </DetailLevelProvider>
  );
}

function miniMapClass(node: CardNode): string {
  if (node.data.highlighted) return "oc-mini-highlight";
  return node.type === "department" ? "oc-mini-department" : `oc-mini-${node.data.role === null ? "role" : node.data.role === "CIO+CTO" ? "both" : node.data.role.toLowerCase()}`;
}
