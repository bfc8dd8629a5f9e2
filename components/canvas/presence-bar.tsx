"use client";

import type { Participant } from "@/lib/sync/presence";
import { useCanvasI18n } from "./canvas-i18n-context";

/**
 * The people on this chart now, as coloured initials. A click follows someone's view (again to
 * stop); owners and editors can bring everyone to their own view.
 */
export function PresenceBar({
  others,
  following,
  canSummon,
  onFollow,
  onSummon,
}: {
  others: readonly Participant[];
  following: Participant | null;
  canSummon: boolean;
  onFollow: (key: string | null) => void;
  onSummon: () => void;
}) {
  const { t } = useCanvasI18n();
  if (others.length === 0) return null;
  const followedKey = following?.key ?? null;
  return (
    <div className="oc-presence" data-testid="presence-bar">
      <ul className="oc-presence-people" aria-label={t("canvas.presence.label")}>
        {others.map((participant) => {
          const isFollowed = participant.key === followedKey;
          const name = participant.canEdit ? participant.name : `${participant.name} (${t("canvas.presence.viewOnly")})`;
          return (
            <li key={participant.key}>
              <button
                type="button"
                className="oc-avatar"
                data-testid="presence-avatar"
                data-name={participant.name}
                style={{ background: participant.color }}
                aria-pressed={isFollowed}
                title={t(isFollowed ? "canvas.presence.unfollow" : "canvas.presence.follow", { name })}
                aria-label={t(isFollowed ? "canvas.presence.unfollow" : "canvas.presence.follow", { name })}
                onClick={() => onFollow(isFollowed ? null : participant.key)}
              >
                {participant.initials}
              </button>
            </li>
          );
        })}
      </ul>
      {canSummon && (
        <button type="button" className="oc-button oc-small" data-testid="summon-everyone" title={t("canvas.presence.summonHint")} onClick={onSummon}>
          {t("canvas.presence.summon")}
        </button>
      )}
    </div>
  );
}
