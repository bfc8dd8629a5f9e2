"use client";

import { useCallback, useEffect, useMemo, useRef, useState, type RefObject } from "react";
import type { ReactFlowInstance } from "@xyflow/react";
import { PRESENCE_MAX_SELECTION, applyPresenceEvent, type Participant, type Point, type PresenceEvent, type PresenceUpdate, type ViewRect } from "@/lib/sync/presence";
import { PresenceOutbox } from "@/lib/sync/presence-outbox";
import type { CardNode, LineEdge } from "./flow-types";

/** Pointer and view updates go out at most this often: smooth enough to follow, light for twenty people. */
const SEND_INTERVAL_MS = 120;
/** A followed view is reached with a short glide, so the follower sees where it moved. */
const FOLLOW_DURATION_MS = 250;

/**
 * Who else is on this chart, and this tab's own presence: its selection, pointer and view go to
 * the others; it can follow someone's view until the user pans or zooms; and an owner or editor
 * can bring everyone to their view. The roster comes from the chart's event stream.
 */
export function usePresence({
  chartId,
  clientId,
  flow,
  canvasBox,
  selectedNodes,
}: {
  chartId: string;
  clientId: string;
  flow: ReactFlowInstance<CardNode, LineEdge>;
  canvasBox: RefObject<HTMLDivElement | null>;
  selectedNodes: ReadonlySet<string>;
}) {
  const [roster, setRoster] = useState<ReadonlyMap<string, Participant>>(new Map());
  const [following, setFollowing] = useState<{ key: string; summoned: boolean } | null>(null);
  /** Whom the user followed last, until they follow again: one click rejoins them. */
  const [lastFollowed, setLastFollowed] = useState<string | null>(null);
  const isSelf = useCallback((key: string) => key.endsWith(`:${clientId}`), [clientId]);

  const outbox = useMemo(() => new PresenceOutbox(clientId, (update) => postPresence(chartId, update), SEND_INTERVAL_MS), [chartId, clientId]);
  useEffect(() => () => outbox.stop(), [outbox]);

  const viewRect = useCallback((): ViewRect | null => {
    const box = canvasBox.current;
    if (box === null || box.clientWidth === 0 || box.clientHeight === 0) return null;
    const { x, y, zoom } = flow.getViewport();
    return { x: -x / zoom, y: -y / zoom, width: box.clientWidth / zoom, height: box.clientHeight / zoom };
  }, [canvasBox, flow]);

  const selection = useMemo(() => [...selectedNodes].slice(0, PRESENCE_MAX_SELECTION), [selectedNodes]);
  const selectionRef = useRef(selection);
  useEffect(() => {
    selectionRef.current = selection;
    outbox.announce({ selection });
  }, [outbox, selection]);

  const goTo = useCallback(
    (view: ViewRect | null) => {
      if (view !== null) void flow.fitBounds(view, { padding: 0, duration: FOLLOW_DURATION_MS });
    },
    [flow],
  );

  const onPresence = useCallback(
    (event: PresenceEvent) => {
      setRoster((current) => applyPresenceEvent(current, event));
      // After a reconnect (perhaps to another instance) this tab says again where it is.
      if (event.type === "snapshot" && event.participants.length > 0) outbox.announce({ selection: selectionRef.current, view: viewRect() });
      if (event.type === "summon" && !isSelf(event.key)) {
        setFollowing({ key: event.key, summoned: true });
        goTo(event.view);
      }
    },
    [goTo, isSelf, outbox, viewRect],
  );

  // Following someone who is not here (yet, or any more) follows nobody; they are followed again if they come back.
  const followed = following === null ? undefined : roster.get(following.key);
  const followedView = followed?.view ?? null;
  useEffect(() => goTo(followedView), [followedView, goTo]);

  const others = useMemo(() => [...roster.values()].filter((participant) => !isSelf(participant.key)), [roster, isSelf]);

  return {
    others,
    following: followed === undefined ? null : { participant: followed, summoned: following!.summoned },
    rejoin: following === null && lastFollowed !== null ? (roster.get(lastFollowed) ?? null) : null,
    onPresence,
    follow: (key: string | null) => {
      setFollowing(key === null ? null : { key, summoned: false });
      setLastFollowed(key ?? following?.key ?? null);
      if (key !== null) goTo(roster.get(key)?.view ?? null);
    },
    /** The user panned or zoomed: they look around on their own now. */
    onUserMove: () => {
      if (following === null) return;
      setLastFollowed(following.key);
      setFollowing(null);
    },
    onViewChange: () => outbox.announce({ view: viewRect() }),
    onPointer: (point: Point | null) => outbox.announce({ cursor: point === null ? null : { x: Math.round(point.x), y: Math.round(point.y) } }),
    summonEveryone: () => outbox.announce({ view: viewRect(), summon: true }),
    /** Presentation mode: the finding this tab presents now (its key), or null when it stops. */
    present: (findingKey: string | null) => outbox.announce({ presenting: findingKey }),
  };
}

function postPresence(chartId: string, update: PresenceUpdate): void {
  void fetch(`/api/charts/${encodeURIComponent(chartId)}/presence`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(update),
    keepalive: true,
  }).catch(() => undefined);
}
