"use client";

import type { Participant } from "@/lib/sync/presence";
import { useCanvasI18n } from "./canvas-i18n-context";

/**
 * Over the canvas while following someone: whose view this is, and a way out (panning or
 * zooming also stops it). Afterwards, one click follows them again.
 */
export function FollowingChip({
  following,
  rejoin,
  onFollow,
}: {
  following: { participant: Participant; summoned: boolean } | null;
  rejoin: Participant | null;
  onFollow: (key: string | null) => void;
}) {
  const { t } = useCanvasI18n();
  if (following !== null) {
    const { participant, summoned } = following;
    return (
      <div className="oc-following" data-testid="following" role="status" style={{ borderColor: participant.color }}>
        <span className="oc-following-dot" style={{ background: participant.color }} aria-hidden />
        <span>{t(summoned ? "canvas.presence.summoned" : "canvas.presence.following", { name: participant.name })}</span>
        <button type="button" className="oc-button oc-small" onClick={() => onFollow(null)}>
          {t("canvas.presence.stop")}
        </button>
      </div>
    );
  }
  if (rejoin === null) return null;
  return (
    <div className="oc-following">
      <button type="button" className="oc-button oc-small" data-testid="rejoin" onClick={() => onFollow(rejoin.key)}>
        <span className="oc-following-dot" style={{ background: rejoin.color }} aria-hidden /> {t("canvas.presence.rejoin", { name: rejoin.name })}
      </button>
    </div>
  );
}
