"use client";

import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { useReactFlow } from "@xyflow/react";
import { ChartIoMenu } from "@/components/io/chart-io-menu";
import { replaceChartOps } from "@/lib/io/replace-chart-ops";
import { indexChart } from "@/lib/org/chart-index";
import type { Chart, OrgNode, Position, VersionedChart } from "@/lib/org/types";
import { acknowledgedFinding, findingKey, type Acknowledgement, type Finding } from "@/lib/rules";
import type { CommentTarget, CommentThread } from "@/lib/comments/comment-schema";
import type { Locale } from "@/lib/i18n/locales";
import { countOpenComments } from "@/lib/comments/count-open-comments";
import { describeOpReason } from "@/lib/sync/describe-op-reason";
import type { PresenceEvent } from "@/lib/sync/presence";
import type { ComparedChange } from "@/lib/org/compare-charts";
import { ChartCanvas } from "./chart-canvas";
import type { Commenter } from "./comment-thread-view";
import { CommentsPanel } from "./comments-panel";
import { ProposalPanel } from "./proposal-panel";
import { ComparisonLayer } from "./comparison-layer";
import { CanvasActionsProvider, type CanvasActions } from "./canvas-actions-context";
import { useCanvasI18n } from "./canvas-i18n-context";
import { ContextMenu } from "./context-menu";
import { DeleteDialog } from "./delete-dialog";
import { describeNotice } from "./describe-notice";
import { DutyMatrix } from "./duty-matrix";
import { EditorToolbar, type EditorView } from "./editor-toolbar";
import { FindingsPanel } from "./findings-panel";
import type { CardNode, LineEdge } from "./flow-types";
import { InspectorPanel } from "./inspector-panel";
import { NoticeBar } from "./notice-bar";
import { FollowingChip } from "./following-chip";
import { PresenceBar } from "./presence-bar";
import { PresentationBanner } from "./presentation-banner";
import { PresenceLayer } from "./presence-layer";
import { LiveStatusIndicator } from "./live-status";
import { SaveStatusIndicator } from "./save-status";
import { SearchBox } from "./search-box";
import { useAcknowledgements } from "./use-acknowledgements";
import { useAutoLayout } from "./use-auto-layout";
import { useChartEdit } from "./use-chart-edit";
import { useChartFindings } from "./use-chart-findings";
import { useChartGestures } from "./use-chart-gestures";
import { useChartSearch } from "./use-chart-search";
import { useChartSession } from "./use-chart-session";
import { useComments } from "./use-comments";
import { useComparedCards } from "./use-compared-cards";
import { useContextMenu } from "./use-context-menu";
import { useDeleteSelection } from "./use-delete-selection";
import { useEditorShortcuts } from "./use-editor-shortcuts";
import { useFitRequests, useFitView } from "./use-fit-view";
import { useFlowElements } from "./use-flow-elements";
import { useFolds } from "./use-folds";
import { usePresence } from "./use-presence";
import { usePresentation } from "./use-presentation";
import { useRevealCards } from "./use-reveal-cards";
import { useSelection } from "./use-selection";
import { useStreamHealth } from "./use-stream-health";
import { VersionsPanel } from "./versions-panel";
import type { Annotation, StreamListeners } from "./watch-chart-events";

export interface ChartWorkspaceProps {
  initialChart: VersionedChart;
  initialAcknowledgements: readonly Acknowledgement[];
  initialComments: readonly CommentThread[];
  /** Who is looking, for their own comments' Edit and Delete; owners may delete anyone's. */
  commenter: Commenter;
  /** Set when this chart is a proposal (a what-if copy of another chart). */
  proposal: { state: string } | null;
  /** May start a proposal from this chart (it is not one itself, and the user may create charts). */
  canPropose: boolean;
  canEdit: boolean;
  locale: Locale;
  orgName: string;
}

/**
 * Everything inside the editor: the chart session, selection, the toolbar, the canvas or the
 * duty matrix, and the side panels. Edits go through `edit`, which applies them optimistically
 * and shows applyOps' reason when one is refused. Each concern lives in its own hook; this
 * component only wires them together (hooks with effects keep their order: layout, then fit,
 * then shortcuts).
 */
export function ChartWorkspace({
  initialChart,
  initialAcknowledgements,
  initialComments,
  commenter,
  proposal,
  canPropose,
  canEdit: mayEdit,
  locale,
  orgName,
}: ChartWorkspaceProps) {
  const { t } = useCanvasI18n();
  const flow = useReactFlow<CardNode, LineEdge>();
  // The stream's listeners must stay the same objects (a new one reopens it): they call through refs.
  const presenceEvents = useRef<(event: PresenceEvent) => void>(() => undefined);
  const annotationEvents = useRef<(what: Annotation) => void>(() => undefined);
  const streamHealth = useStreamHealth();
  const streamListeners = useMemo<StreamListeners>(
    () => ({ presence: (event) => presenceEvents.current(event), annotations: (what) => annotationEvents.current(what), live: streamHealth.report }),
    [streamHealth.report],
  );
  const { session, snapshot } = useChartSession(initialChart, streamListeners);
  // A named version opened read-only replaces the live chart on the canvas until "Back to now".
  const [viewing, setViewing] = useState<{ name: string; chart: Chart } | null>(null);
  const liveChart = snapshot.chart;
  const chart = useMemo(() => (viewing === null ? liveChart : { ...liveChart, nodes: viewing.chart.nodes, edges: viewing.chart.edges }), [viewing, liveChart]);
  // Access lost or chart deleted: nothing can be saved any more, so the editor becomes read-only.
  // Presenting is read-only too: the step shown (null when not presenting) is kept here for that.
  const [presentStep, setPresentStep] = useState<number | null>(null);
  const canEdit = mayEdit && snapshot.status !== "lost" && presentStep === null && viewing === null;
  const editorBox = useRef<HTMLDivElement>(null);

  const [view, setView] = useState<EditorView>("chart");
  const [findingsOpen, setFindingsOpen] = useState(true);
  const [versionsOpen, setVersionsOpen] = useState(false);
  const [commentsOpen, setCommentsOpen] = useState(false);
  // A proposal opens with its panel: where it started, what it changes, merge.
  const [proposalOpen, setProposalOpen] = useState(proposal !== null);
  // What the comments panel shows first: a finding whose "Comment" was clicked, else the selected card.
  const [findingInFocus, setFindingInFocus] = useState<{ target: CommentTarget; selectedCard: string | null } | null>(null);
  const canvasBox = useRef<HTMLDivElement>(null);

  const { edit, message, clearMessage } = useChartEdit(session, locale);
  const acknowledgements = useAcknowledgements(initialChart.id, initialAcknowledgements);
  const comments = useComments(initialChart.id, initialComments);
  const commentCounts = useMemo(() => countOpenComments(comments.threads), [comments.threads]);
  const openCommentCount = useMemo(() => [...commentCounts.values()].reduce((sum, count) => sum + count, 0), [commentCounts]);
  const { refresh: refreshComments } = comments;
  const { refresh: refreshAcknowledgements } = acknowledgements;
  useEffect(() => {
    annotationEvents.current = (what) => (what === "comments" ? refreshComments() : refreshAcknowledgements());
  }, [refreshComments, refreshAcknowledgements]);
  const { findings, judged, open, badges } = useChartFindings(chart, locale, acknowledgements.acknowledgements);
  const { requestFit, takePendingFit, fitRequests } = useFitRequests();
  const { compact, setCompact, fallbackPositions, layoutAll } = useAutoLayout(chart, session, canEdit, requestFit);
  const { isCollapsed, setCollapsed } = useFolds(chart, canEdit, edit);
  const { selectedNodes, selectedEdges, highlighted, select, selectOnly, selectLine, deselectLines, highlight, onSelect } = useSelection();
  const positionOf = useCallback(
    (node: OrgNode): Position => node.position ?? fallbackPositions.get(node.id) ?? { x: 0, y: 0 },
    [fallbackPositions],
  );

  const presence = usePresence({ chartId: initialChart.id, clientId: session.clientId, flow, canvasBox, selectedNodes });
  useEffect(() => {
    presenceEvents.current = presence.onPresence;
  }, [presence.onPresence]);

  const gestures = useChartGestures({ chart, canEdit, edit, flow, canvasBox, positionOf, select, selectedEdges });
  const { addReport, toggleEdgeKind } = gestures;
  const { deleteSelection, deleteRequest, chooseDeleteMode, cancelDelete } = useDeleteSelection({
    chart, canEdit, edit, selectedNodes, selectedEdges, select, deselectLines,
  });
  const { visible, elements } = useFlowElements({
    chart, isCollapsed, fallbackPositions, findings: badges, comments: commentCounts, canEdit,
    highlighted, selectedNodes, selectedEdges, dropTarget: gestures.dropTarget,
  });
  const { fit, fitOnOpen } = useFitView(flow, elements.nodes, takePendingFit, fitRequests);
  const [comparison, setComparison] = useState<{ before: Chart; changes: ComparedChange[] } | null>(null);
  const compared = useComparedCards(elements.nodes, comparison);
  const { centreOn, showFinding, showNode } = useRevealCards({ chart, flow, positionOf, setCollapsed, select, highlight, requestFit, setView });
  const presentation = usePresentation({
    index: presentStep,
    setIndex: setPresentStep,
    findings: open,
    editor: editorBox,
    showFinding,
    present: presence.present,
    summon: mayEdit ? presence.summonEveryone : null,
  });
  // Following someone who presents: the same finding, worked out from this tab's own findings.
  const followedPresenting = presence.following?.participant.presenting ?? null;
  const presentedToMe = followedPresenting === null ? null : (open.find((finding) => findingKey(finding) === followedPresenting) ?? null);
  const { search, searchInput, onSearch, onSearchStep } = useChartSearch({ chart, select, highlight, centreOn });
  const { menu, menuItems, menuLabel, openMenu, closeMenu } = useContextMenu({
    chart, canEdit, visible, isCollapsed, setCollapsed, select, selectLine, addReport, deleteSelection, toggleEdgeKind,
  });

  const actions = useMemo<CanvasActions>(
    () => ({
      toggleCollapsed: (id) => {
        const node = indexChart(chart).nodeById.get(id);
        if (node !== undefined) setCollapsed([id], !isCollapsed(node));
      },
      addReport,
      openComments: (nodeId) => {
        selectOnly(nodeId);
        setFindingInFocus(null);
        setCommentsOpen(true);
      },
    }),
    [addReport, chart, isCollapsed, setCollapsed, selectOnly],
  );
  const selectedCard = selectedNodes.size === 1 ? [...selectedNodes][0]! : null;
  // A finding stays in focus until another card is picked.
  const commentFocus: CommentTarget | null =
    findingInFocus !== null && findingInFocus.selectedCard === selectedCard
      ? findingInFocus.target
      : selectedCard === null
        ? null
        : { kind: "node", nodeId: selectedCard };
  const commentOnFinding = useCallback(
    (finding: Finding) => {
      setFindingInFocus({ target: { kind: "finding", finding: acknowledgedFinding(finding) }, selectedCard });
      setCommentsOpen(true);
    },
    [selectedCard],
  );

  const shortcuts = useMemo(
    () => ({
      undo: () => session.undo(),
      redo: () => session.redo(),
      deleteSelection,
      focusSearch: () => searchInput.current?.focus(),
    }),
    [deleteSelection, searchInput, session],
  );
  useEditorShortcuts(canEdit && deleteRequest === null, shortcuts);

  const currentView = useCallback(() => {
    const box = canvasBox.current;
    if (box === null || view !== "chart") return null;
    const { x, y, zoom } = flow.getViewport();
    return { x: -x / zoom, y: -y / zoom, width: box.clientWidth / zoom, height: box.clientHeight / zoom };
  }, [flow, view]);
  const replaceContent = useCallback(
    (imported: Chart) => {
      const error = edit(replaceChartOps(chart, imported));
      if (error !== null) return describeOpReason(error, locale);
      requestFit();
      return null;
    },
    [chart, edit, requestFit, locale],
  );

  const [restored, setRestored] = useState<string | null>(null);
  const restoreVersion = useCallback(
    (version: Chart, name: string) => {
      if (replaceContent(version) === null) setRestored(t("canvas.versions.restored", { name }));
    },
    [replaceContent, t],
  );

  const selectedEdge = selectedEdges.size === 1 ? chart.edges.find((e) => selectedEdges.has(e.id)) : undefined;
  const sessionNotice = snapshot.notice === null ? null : describeNotice(snapshot.notice, t, locale, initialChart.id);
  const shownMessage = message ?? restored ?? sessionNotice?.text ?? null;

  return (
    <CanvasActionsProvider value={actions}>
      <div
        className={`oc-editor ${presentation.presenting ? "oc-presenting" : ""}`}
        ref={editorBox}
        data-testid="chart-editor"
        data-can-edit={canEdit}
      >
        <EditorToolbar
          heading={
            <>
              <div className="oc-heading" title={`${orgName} / ${chart.name}`}>
                <small>{orgName}</small>
                <span data-testid="chart-name">{chart.name}</span>
              </div>
              <ChartIoMenu chartId={initialChart.id} chart={chart} locale={locale} canEdit={canEdit} currentView={currentView} onReplace={replaceContent} />
            </>
          }
          canEdit={canEdit}
          view={view}
          selectedNodeCount={selectedNodes.size}
          selectedEdgeKind={selectedEdge?.kind ?? null}
          canUndo={snapshot.canUndo}
          canRedo={snapshot.canRedo}
          compact={compact}
          findingsCount={open.length}
          findingsOpen={findingsOpen}
          versionsOpen={versionsOpen}
          commentsOpen={commentsOpen}
          proposalOpen={proposal === null ? null : proposalOpen}
          onToggleProposal={() => setProposalOpen(!proposalOpen)}
          commentsCount={openCommentCount}
          search={<SearchBox ref={searchInput} count={search.hits.length} index={search.index} onQuery={onSearch} onStep={onSearchStep} />}
          status={
            <>
              <LiveStatusIndicator paused={streamHealth.paused} />
              <SaveStatusIndicator status={snapshot.status} onRetry={() => session.retry()} />
            </>
          }
          onAddNode={() => gestures.addNodeInView("role")}
          onAddDepartment={() => gestures.addNodeInView("department")}
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
          onToggleVersions={() => setVersionsOpen(!versionsOpen)}
          onToggleComments={() => {
            setFindingInFocus(null);
            setCommentsOpen(!commentsOpen);
          }}
          onPresent={open.length > 0 ? presentation.start : null}
        />
        <div className="oc-body">
          {shownMessage !== null && (
            <NoticeBar
              message={shownMessage}
              tone={message !== null ? "error" : (sessionNotice?.tone ?? "info")}
              action={message !== null || restored !== null ? undefined : sessionNotice?.action}
              onRetry={() => session.retry()}
              onDismiss={() => {
                clearMessage();
                setRestored(null);
                session.dismissNotice();
              }}
            />
          )}
          {view === "chart" ? (
            <div className="oc-canvas-box" ref={canvasBox}>
              <ChartCanvas
                nodes={compared.nodes}
                edges={elements.edges}
                canEdit={canEdit}
                onSelect={onSelect}
                onDragEnd={gestures.onDragEnd}
                onDropTargetChange={gestures.setDropTarget}
                onConnect={gestures.onConnect}
                onAddAt={gestures.addNodeAt}
                onPick={showNode}
                onReady={fitOnOpen}
                onKeyboardMove={gestures.onKeyboardMove}
                onClickCard={(id) => {
                  // A click on a card puts its thread in the comments panel's focus, even if it was selected.
                  setFindingInFocus(null);
                  selectOnly(id);
                }}
                onMenu={openMenu}
                overlay={
                  <>
                    {comparison !== null && <ComparisonLayer before={comparison.before} removed={compared.removed} />}
                    <PresenceLayer others={presence.others} nodes={elements.nodes} />
                  </>
                }
                onUserMove={presence.onUserMove}
                onViewChange={presence.onViewChange}
                onPointer={presence.onPointer}
              />
              {chart.nodes.length === 0 && <p className="oc-empty">{t("canvas.empty")}</p>}
              {viewing !== null && (
                <div className="oc-viewing" role="status" data-testid="viewing-version">
                  <span>{t("canvas.versions.viewing", { name: viewing.name })}</span>
                  <button
                    type="button"
                    className="oc-button oc-small"
                    data-testid="back-to-now"
                    onClick={() => {
                      setViewing(null);
                      requestFit();
                    }}
                  >
                    {t("canvas.versions.backToNow")}
                  </button>
                </div>
              )}
              <FollowingChip following={presence.following} rejoin={presence.rejoin} onFollow={presence.follow} />
              {presentation.current !== null && (
                <PresentationBanner
                  finding={presentation.current}
                  position={presentation.position}
                  count={presentation.count}
                  presenter={null}
                  onPrev={presentation.prev}
                  onNext={presentation.next}
                  onExit={presentation.stop}
                />
              )}
              {!presentation.presenting && presentedToMe !== null && presence.following !== null && (
                <PresentationBanner finding={presentedToMe} position={0} count={0} presenter={presence.following.participant.name} />
              )}
              <PresenceBar
                others={presence.others}
                following={presence.following?.participant ?? null}
                canSummon={canEdit}
                onFollow={presence.follow}
                onSummon={presence.summonEveryone}
              />
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
                focusTitleOf={gestures.focusTitleOf}
                onFieldBlur={() => session.sealHistory()}
              />
            )}
            {versionsOpen && (
              <VersionsPanel
                chartId={initialChart.id}
                chart={liveChart}
                version={snapshot.version}
                findings={findings}
                canEdit={canEdit}
                canPropose={canPropose}
                onShowNode={showNode}
                onRestore={restoreVersion}
                onCompare={setComparison}
                onView={(version) => {
                  setViewing(version);
                  requestFit();
                }}
                onClose={() => setVersionsOpen(false)}
              />
            )}
            {proposal !== null && proposalOpen && (
              <ProposalPanel
                chartId={initialChart.id}
                chart={liveChart}
                version={snapshot.version}
                findings={findings}
                canEdit={canEdit}
                onShowNode={showNode}
                onCompare={setComparison}
                onClose={() => setProposalOpen(false)}
              />
            )}
            {commentsOpen && (
              <CommentsPanel
                chart={chart}
                findings={findings}
                comments={comments}
                commenter={commenter}
                focus={commentFocus}
                onShowNode={showNode}
                onShowFinding={showFinding}
                onClose={() => setCommentsOpen(false)}
              />
            )}
            {findingsOpen && (
              <FindingsPanel
                chart={chart}
                judged={judged}
                findings={findings}
                canEdit={canEdit}
                acknowledgements={acknowledgements}
                onShow={showFinding}
                onClose={() => setFindingsOpen(false)}
                onApplyFix={(fix) => edit(fix.ops) === null}
                onUndo={() => session.undo()}
                commentCounts={commentCounts}
                onComment={commentOnFinding}
              />
            )}
          </aside>
        </div>
        {menu !== null && menuItems.length > 0 && <ContextMenu x={menu.x} y={menu.y} label={menuLabel} items={menuItems} onClose={closeMenu} />}
        {deleteRequest !== null && <DeleteDialog request={deleteRequest} onChoose={chooseDeleteMode} onCancel={cancelDelete} />}
      </div>
    </CanvasActionsProvider>
  );
}
