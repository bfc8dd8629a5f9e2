"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { getNodesBounds, getViewportForBounds, useReactFlow, useStoreApi } from "@xyflow/react";
import { describeOpError, type OpError } from "@/lib/org/apply-ops";
import { indexChart } from "@/lib/org/chart-index";
import type { ChartOp } from "@/lib/org/chart-ops";
import { addReportGesture, connectGesture, createNode, removeEdgesGesture, removeNodesGesture, reparentGesture } from "@/lib/org/gestures";
import { searchChart } from "@/lib/org/search-chart";
import type { NodeKind, OrgNode, Position, VersionedChart } from "@/lib/org/types";
import { visibleSubgraph } from "@/lib/org/visible-subgraph";
import type { Locale } from "@/lib/i18n/locales";
import type { Finding } from "@/lib/rules";
import { ChartCanvas, MIN_ZOOM, type DragResult } from "./chart-canvas";
import { CanvasActionsProvider, type CanvasActions } from "./canvas-actions-context";
import { useCanvasI18n } from "./canvas-i18n-context";
import { ContextMenu, type MenuItem } from "./context-menu";
import { DeleteDialog, type DeleteRequest } from "./delete-dialog";
import { DutyMatrix } from "./duty-matrix";
import { EditorToolbar, type EditorView } from "./editor-toolbar";
import { FindingsPanel } from "./findings-panel";
import { FlowElementCache } from "./build-flow-elements";
import type { CardNode, LineEdge } from "./flow-types";
import { InspectorPanel } from "./inspector-panel";
import { NODE_SIZE } from "./node-size";
import { NoticeBar } from "./notice-bar";
import { SaveStatusIndicator } from "./save-status";
import { SearchBox } from "./search-box";
import { describeNotice } from "./describe-notice";
import { useAutoLayout } from "./use-auto-layout";
import { useChartFindings } from "./use-chart-findings";
import { useChartSession } from "./use-chart-session";
import { useEditorShortcuts } from "./use-editor-shortcuts";
import { useFolds } from "./use-folds";

const EMPTY = new Set<string>();
/** Vertical gap between a manager's card and its reports' cards when placing new ones. */
const LEVEL_GAP = 80;
const SIBLING_GAP = 24;

/**
 * Everything inside the editor: the chart session, selection, the toolbar, the canvas or the
 * duty matrix, and the side panels. Edits go through `edit`, which applies them optimistically
 * and shows applyOps' reason when one is refused.
 */
export function ChartWorkspace({
  initialChart,
  canEdit: mayEdit,
  locale,
  orgName,
}: {
  initialChart: VersionedChart;
  canEdit: boolean;
  locale: Locale;
  orgName: string;
}) {
  const { t } = useCanvasI18n();
  const flow = useReactFlow<CardNode, LineEdge>();
  const store = useStoreApi<CardNode, LineEdge>();
  const { session, snapshot } = useChartSession(initialChart, locale);
  const chart = snapshot.chart;
  // Access lost or chart deleted: nothing can be saved any more, so the editor becomes read-only.
  const canEdit = mayEdit && snapshot.status !== "lost";

  const [view, setView] = useState<EditorView>("chart");
  const [findingsOpen, setFindingsOpen] = useState(true);
  const [selectedNodes, setSelectedNodes] = useState<ReadonlySet<string>>(EMPTY);
  const [selectedEdges, setSelectedEdges] = useState<ReadonlySet<string>>(EMPTY);
  const [highlighted, setHighlighted] = useState<ReadonlySet<string>>(EMPTY);
  const [dropTarget, setDropTarget] = useState<string | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [deleteRequest, setDeleteRequest] = useState<DeleteRequest | null>(null);
  const [focusTitleOf, setFocusTitleOf] = useState<string | null>(null);
  const [menu, setMenu] = useState<{ kind: "card" | "line"; id: string; x: number; y: number } | null>(null);
  const [search, setSearch] = useState<{ hits: string[]; index: number }>({ hits: [], index: 0 });
  const canvasBox = useRef<HTMLDivElement>(null);
  const searchInput = useRef<HTMLInputElement>(null);

  const edit = useCallback(
    (ops: ChartOp[], coalesceKey?: string): OpError | null => {
      const error = session.apply(ops, coalesceKey === undefined ? {} : { coalesceKey });
      if (error !== null) setMessage(describeOpError(error, locale));
      return error;
    },
    [session, locale],
  );

  const { findings, badges } = useChartFindings(chart, locale);
  // Fitting must wait for the render that has the new positions: request it, fit in an effect.
  // (null = the whole chart, else these cards.)
  const fitPending = useRef<{ ids: ReadonlySet<string> | null } | null>(null);
  const [fitRequests, setFitRequests] = useState(0);
  const requestFit = useCallback((ids: ReadonlySet<string> | null = null) => {
    fitPending.current = { ids };
    setFitRequests((n) => n + 1);
  }, []);
  const { compact, setCompact, fallbackPositions, layoutAll } = useAutoLayout(chart, session, canEdit, requestFit);
  const { isCollapsed, setCollapsed } = useFolds(chart, canEdit, edit);
  const visible = useMemo(() => visibleSubgraph(chart, isCollapsed), [chart, isCollapsed]);
  const [cache] = useState(() => new FlowElementCache());
  const elements = useMemo(
    () =>
      cache.build({ chart, visible, isCollapsed, fallbackPositions, findings: badges, highlighted, selectedNodes, selectedEdges, dropTarget, canEdit }),
    [cache, chart, visible, isCollapsed, fallbackPositions, badges, highlighted, selectedNodes, selectedEdges, dropTarget, canEdit],
  );

  const positionOf = useCallback(
    (node: OrgNode): Position => node.position ?? fallbackPositions.get(node.id) ?? { x: 0, y: 0 },
    [fallbackPositions],
  );

  const select = useCallback((ids: readonly string[]) => {
    setSelectedNodes(new Set(ids));
    setSelectedEdges(EMPTY);
  }, []);

  const selectOnly = useCallback(
    (id: string) => {
      select([id]);
      setHighlighted(EMPTY);
    },
    [select],
  );

  const addNodeAt = useCallback(
    (position: Position, kind: NodeKind = "role") => {
      const node = createNode({ title: t(kind === "role" ? "canvas.newNodeTitle" : "canvas.newDepartmentTitle"), kind, position });
      if (edit([{ type: "addNode", node }]) !== null) return;
      select([node.id]);
      setFocusTitleOf(node.id);
    },
    [edit, select, t],
  );

  const addNodeInView = useCallback(
    (kind: NodeKind) => {
      const box = canvasBox.current?.getBoundingClientRect();
      const centre = box ? flow.screenToFlowPosition({ x: box.left + box.width / 2, y: box.top + box.height / 2 }) : { x: 0, y: 0 };
      const { width, height } = NODE_SIZE[kind];
      // Nudge diagonally until the spot is free, so repeated clicks do not stack cards.
      let spot = { x: Math.round(centre.x - width / 2), y: Math.round(centre.y - height / 2) };
      const taken = (p: Position) => chart.nodes.some((n) => n.position !== null && Math.abs(n.position.x - p.x) < 40 && Math.abs(n.position.y - p.y) < 40);
      for (let i = 0; i < 50 && taken(spot); i++) spot = { x: spot.x + 40, y: spot.y + 40 };
      addNodeAt(spot, kind);
    },
    [addNodeAt, chart.nodes, flow],
  );

  const addReport = useCallback(
    (managerId: string) => {
      const index = indexChart(chart);
      const manager = index.nodeById.get(managerId);
      if (manager === undefined) return;
      const base = positionOf(manager);
      const siblings = (index.reportsOf.get(managerId) ?? []).map((id) => index.nodeById.get(id)).filter((n): n is OrgNode => n !== undefined);
      const y = base.y + NODE_SIZE[manager.kind].height + LEVEL_GAP;
      const x = siblings.length === 0 ? base.x : Math.max(...siblings.map((s) => positionOf(s).x)) + NODE_SIZE.role.width + SIBLING_GAP;
      const node = createNode({ title: t("canvas.newNodeTitle"), position: { x, y } });
      // Unfolded in the same gesture, so one undo removes the report and folds the manager again.
      const unfold: ChartOp[] = manager.collapsed ? [{ type: "updateNode", id: managerId, patch: { collapsed: false } }] : [];
      if (edit([...unfold, ...addReportGesture(managerId, node)]) !== null) return;
      select([node.id]);
      setFocusTitleOf(node.id);
    },
    [chart, edit, positionOf, select, t],
  );

  const deleteNodes = useCallback(
    (ids: string[], mode: "reattach" | "detach") => {
      const ops = [...removeNodesGesture(chart, ids, mode), ...removeEdgesGesture(chart, [...selectedEdges])];
      if (edit(ops) === null) select([]);
    },
    [chart, edit, select, selectedEdges],
  );

  const deleteSelection = useCallback(() => {
    if (!canEdit) return;
    const ids = [...selectedNodes].filter((id) => chart.nodes.some((n) => n.id === id));
    if (ids.length === 0) {
      if (selectedEdges.size > 0 && edit(removeEdgesGesture(chart, [...selectedEdges])) === null) setSelectedEdges(EMPTY);
      return;
    }
    const index = indexChart(chart);
    const removed = new Set(ids);
    const orphans = ids.flatMap((id) => index.reportsOf.get(id) ?? []).filter((id) => !removed.has(id)).length;
    if (orphans === 0) {
      deleteNodes(ids, "detach");
      return;
    }
    const only = ids.length === 1 ? index.nodeById.get(ids[0] as string) : undefined;
    setDeleteRequest({ ids, title: only?.title ?? null, orphanCount: orphans });
  }, [canEdit, chart, deleteNodes, edit, selectedEdges, selectedNodes]);

  const toggleEdgeKind = useCallback(() => {
    const id = [...selectedEdges][0];
    const line = indexChart(chart).edgeById.get(id ?? "");
    if (line === undefined) return;
    edit([{ type: "updateEdge", id: line.id, patch: { kind: line.kind === "dotted" ? "reports-to" : "dotted" } }]);
  }, [chart, edit, selectedEdges]);

  const onDragEnd = useCallback(
    ({ moves, dropTarget: target }: DragResult) => {
      const index = indexChart(chart);
      const changed = moves.filter((m) => {
        const node = index.nodeById.get(m.id);
        return node !== undefined && (node.position === null || node.position.x !== m.position.x || node.position.y !== m.position.y);
      });
      const first = moves[0];
      if (target !== null && first !== undefined && moves.length === 1) {
        const reparent = reparentGesture(chart, first.id, target);
        const manager = index.nodeById.get(target);
        if (reparent.length > 0 && manager !== undefined) {
          // Dropped on a card: it becomes the manager; the card settles just below it.
          const below = { x: positionOf(manager).x, y: positionOf(manager).y + NODE_SIZE[manager.kind].height + LEVEL_GAP };
          edit([...reparent, { type: "moveNodes", moves: [{ id: first.id, position: below }] }]);
          return;
        }
      }
      if (changed.length > 0) edit([{ type: "moveNodes", moves: changed }]);
    },
    [chart, edit, positionOf],
  );

  const onKeyboardMove = useCallback(
    (moves: DragResult["moves"]) => {
      if (canEdit) edit([{ type: "moveNodes", moves }], "keyboard-move");
    },
    [canEdit, edit],
  );

  const onConnect = useCallback((source: string, target: string) => edit(connectGesture(source, target, "reports-to")), [edit]);

  const onSelect = useCallback((change: { nodes?: Map<string, boolean>; edges?: Map<string, boolean> }) => {
    const apply = (current: ReadonlySet<string>, updates: Map<string, boolean> | undefined) => {
      if (updates === undefined) return current;
      const next = new Set(current);
      for (const [id, on] of updates) {
        if (on) next.add(id);
        else next.delete(id);
      }
      return next;
    };
    setSelectedNodes((current) => apply(current, change.nodes));
    setSelectedEdges((current) => apply(current, change.edges));
    setHighlighted(EMPTY);
  }, []);

  /** Cards inside a collapsed subtree are not drawn: unfold the managers above them to show them. */
  const unfoldAncestors = useCallback(
    (ids: readonly string[]) => {
      const index = indexChart(chart);
      const above = new Set<string>();
      for (const id of ids) {
        for (let up = index.managerOf.get(id); up !== undefined; up = index.managerOf.get(up)) above.add(up);
      }
      setCollapsed([...above], false);
    },
    [chart, setCollapsed],
  );

  const centreOn = useCallback(
    (id: string) => {
      const node = indexChart(chart).nodeById.get(id);
      if (node === undefined) return;
      unfoldAncestors([id]);
      const p = positionOf(node);
      const { width, height } = NODE_SIZE[node.kind];
      void flow.setCenter(p.x + width / 2, p.y + height / 2, { zoom: Math.max(flow.getZoom(), 0.9), duration: 250 });
    },
    [chart, flow, positionOf, unfoldAncestors],
  );

  const onSearch = useCallback(
    (query: string) => {
      const hits = searchChart(chart, query).map((hit) => hit.nodeId);
      setSearch({ hits, index: 0 });
      setHighlighted(new Set(hits));
      const first = hits[0];
      if (first !== undefined) {
        select([first]);
        centreOn(first);
      }
    },
    [centreOn, chart, select],
  );

  const onSearchStep = useCallback(
    (delta: 1 | -1) => {
      if (search.hits.length === 0) return;
      const index = (search.index + delta + search.hits.length) % search.hits.length;
      setSearch({ hits: search.hits, index });
      const id = search.hits[index] as string;
      select([id]);
      centreOn(id);
    },
    [centreOn, search, select],
  );

  /**
   * Fits the given cards (all when null) in view. Computed from the chart rather than React Flow's
   * store, which holds no cards while the overview canvas is shown.
   */
  const fitNodes = useCallback(
    (ids: ReadonlySet<string> | null, duration: number) => {
      const nodes = ids === null ? elements.nodes : elements.nodes.filter((n) => ids.has(n.id));
      if (nodes.length === 0) return;
      const { width, height } = store.getState();
      // A whole chart is shown at most at zoom 1; a finding's few cards a little closer.
      const viewport = getViewportForBounds(getNodesBounds(nodes), width, height, MIN_ZOOM, ids === null ? 1 : 1.1, ids === null ? 0.1 : 0.5);
      void flow.setViewport(viewport, { duration });
    },
    [elements.nodes, flow, store],
  );
  const fit = useCallback(() => fitNodes(null, 250), [fitNodes]);
  const fitOnOpen = useCallback(() => fitNodes(null, 0), [fitNodes]);
  useEffect(() => {
    const pending = fitPending.current;
    if (pending === null) return;
    fitPending.current = null;
    fitNodes(pending.ids, 250);
  }, [fitRequests, fitNodes]);

  const showFinding = useCallback(
    (finding: Finding) => {
      setView("chart");
      select(finding.nodes);
      setHighlighted(new Set(finding.nodes));
      unfoldAncestors(finding.nodes);
      // Fit after the render that shows them (the canvas may be coming back from the matrix).
      requestFit(new Set(finding.nodes));
    },
    [requestFit, select, unfoldAncestors],
  );

  const showNode = useCallback(
    (id: string) => {
      setView("chart");
      select([id]);
      setHighlighted(new Set([id]));
      requestAnimationFrame(() => centreOn(id));
    },
    [centreOn, select],
  );

  const actions = useMemo<CanvasActions>(
    () => ({
      toggleCollapsed: (id) => {
        const node = indexChart(chart).nodeById.get(id);
        if (node !== undefined) setCollapsed([id], !isCollapsed(node));
      },
      addReport,
    }),
    [addReport, chart, isCollapsed, setCollapsed],
  );

  const openMenu = useCallback(
    (target: { kind: "card" | "line"; id: string; x: number; y: number }) => {
      if (target.kind === "card") select([target.id]);
      else {
        setSelectedNodes(EMPTY);
        setSelectedEdges(new Set([target.id]));
      }
      setMenu(target);
    },
    [select],
  );
  const closeMenu = useCallback(() => setMenu(null), []);
  const menuItems = useMemo((): MenuItem[] => {
    if (menu === null) return [];
    const index = indexChart(chart);
    if (menu.kind === "line") {
      const line = index.edgeById.get(menu.id);
      if (line === undefined || !canEdit) return [];
      return [
        { label: t(line.kind === "dotted" ? "canvas.makeSolid" : "canvas.makeDotted"), testId: "menu-toggle-edge-kind", onSelect: toggleEdgeKind },
        { label: t("canvas.delete"), testId: "menu-delete", onSelect: deleteSelection },
      ];
    }
    const node = index.nodeById.get(menu.id);
    if (node === undefined) return [];
    const items: MenuItem[] = [];
    if (canEdit) items.push({ label: t("canvas.addReport"), testId: "menu-add-report", onSelect: () => addReport(node.id) });
    if ((index.reportsOf.get(node.id)?.length ?? 0) > 0) {
      const folded = isCollapsed(node);
      const label = folded ? t("canvas.node.expand", { count: visible.hiddenCount.get(node.id) ?? 0 }) : t("canvas.node.collapse");
      items.push({ label, testId: "menu-toggle-collapse", onSelect: () => setCollapsed([node.id], !folded) });
    }
    if (canEdit) items.push({ label: t("canvas.delete"), testId: "menu-delete", onSelect: deleteSelection });
    return items;
  }, [addReport, canEdit, chart, deleteSelection, isCollapsed, menu, setCollapsed, t, toggleEdgeKind, visible]);

  const shortcuts = useMemo(
    () => ({
      undo: () => session.undo(),
      redo: () => session.redo(),
      deleteSelection,
      focusSearch: () => searchInput.current?.focus(),
    }),
    [deleteSelection, session],
  );
  useEditorShortcuts(canEdit && deleteRequest === null, shortcuts);

  const selectedEdge = selectedEdges.size === 1 ? chart.edges.find((e) => selectedEdges.has(e.id)) : undefined;
  const sessionNotice = snapshot.notice === null ? null : describeNotice(snapshot.notice, t);
  const shownMessage = message ?? sessionNotice?.text ?? null;

  return (
    <CanvasActionsProvider value={actions}>
      <div className="oc-editor" data-testid="chart-editor" data-can-edit={canEdit}>
        <EditorToolbar
          heading={
            <div className="oc-heading" title={`${orgName} / ${chart.name}`}>
              <small>{orgName}</small>
              <span data-testid="chart-name">{chart.name}</span>
            </div>
          }
          canEdit={canEdit}
          view={view}
          selectedNodeCount={selectedNodes.size}
          selectedEdgeKind={selectedEdge?.kind ?? null}
          canUndo={snapshot.canUndo}
          canRedo={snapshot.canRedo}
          compact={compact}
          findingsCount={findings.length}
          findingsOpen={findingsOpen}
          search={<SearchBox ref={searchInput} count={search.hits.length} index={search.index} onQuery={onSearch} onStep={onSearchStep} />}
          status={<SaveStatusIndicator status={snapshot.status} onRetry={() => session.retry()} />}
          onAddNode={() => addNodeInView("role")}
          onAddDepartment={() => addNodeInView("department")}
          onAddReport={() => {
            const id = [...selectedNodes][0];
            if (id !== undefined) addReport(id);
          }}
          onDelete={deleteSelection}
          onToggleEdgeKind={toggleEdgeKind}
          onUndo={() => session.undo()}
          onRedo={() => session.redo()}
          onLayout={() => layoutAll(compact)}
          onToggleCompact={() => {
            setCompact(!compact);
            layoutAll(!compact);
          }}
          onFit={fit}
          onView={setView}
          onToggleFindings={() => setFindingsOpen(!findingsOpen)}
        />
        <div className="oc-body">
          {shownMessage !== null && (
            <NoticeBar
              message={shownMessage}
              tone={message !== null ? "error" : (sessionNotice?.tone ?? "info")}
              action={message !== null ? undefined : sessionNotice?.action}
              onRetry={() => session.retry()}
              onDismiss={() => {
                setMessage(null);
                session.dismissNotice();
              }}
            />
          )}
          {view === "chart" ? (
            <div className="oc-canvas-box" ref={canvasBox}>
              <ChartCanvas
                nodes={elements.nodes}
                edges={elements.edges}
                canEdit={canEdit}
                onSelect={onSelect}
                onDragEnd={onDragEnd}
                onDropTargetChange={setDropTarget}
                onConnect={onConnect}
                onAddAt={addNodeAt}
                onPick={showNode}
                onReady={fitOnOpen}
                onKeyboardMove={onKeyboardMove}
                onClickCard={selectOnly}
                onMenu={openMenu}
              />
              {chart.nodes.length === 0 && <p className="oc-empty">{t("canvas.empty")}</p>}
            </div>
          ) : (
            <DutyMatrix chart={chart} findings={findings} onShowNode={showNode} />
          )}
          <aside className="oc-side">
            {view === "chart" && (
              <InspectorPanel
                chart={chart}
                selectedNodes={selectedNodes}
                canEdit={canEdit}
                apply={edit}
                findings={findings}
                focusTitleOf={focusTitleOf}
                onFieldBlur={() => session.sealHistory()}
              />
            )}
            {findingsOpen && <FindingsPanel findings={findings} onShow={showFinding} onClose={() => setFindingsOpen(false)} />}
          </aside>
        </div>
        {menu !== null && menuItems.length > 0 && (
          <ContextMenu
            x={menu.x}
            y={menu.y}
            label={menu.kind === "card" ? t("canvas.menu", { title: indexChart(chart).nodeById.get(menu.id)?.title ?? "" }) : t("canvas.menuLine")}
            items={menuItems}
            onClose={closeMenu}
          />
        )}
        {deleteRequest !== null && (
          <DeleteDialog
            request={deleteRequest}
            onChoose={(mode) => {
              deleteNodes(deleteRequest.ids, mode);
              setDeleteRequest(null);
            }}
            onCancel={() => setDeleteRequest(null)}
          />
        )}
      </div>
    </CanvasActionsProvider>
  );
}
