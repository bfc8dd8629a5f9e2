"use client";

import { useCallback, useEffect, type RefObject } from "react";
import { findingKey, type Finding } from "@/lib/rules";

/**
 * Presentation mode, the presenter's side: full screen, read-only, stepping through the open
 * findings one by one (arrow keys, Page Up/Down, space; Esc leaves). Each step zooms to the
 * finding and tells the others which one it is; starting brings everyone along (owners and
 * editors), and the others follow the presenter's view as with any follow.
 */
export function usePresentation({
  index,
  setIndex,
  findings,
  editor,
  showFinding,
  present,
  summon,
}: {
  /** The step shown, or null when not presenting: owned by the editor, which is read-only meanwhile. */
  index: number | null;
  setIndex: (index: number | null) => void;
  findings: readonly Finding[];
  editor: RefObject<HTMLElement | null>;
  showFinding: (finding: Finding) => void;
  present: (key: string | null) => void;
  summon: (() => void) | null;
}) {
  const count = findings.length;
  // The findings may change while presenting (someone edits): stay within the list.
  const current = index === null || count === 0 ? null : (findings[Math.min(index, count - 1)] ?? null);

  const go = useCallback(
    (next: number) => {
      const finding = findings[next];
      if (finding === undefined) return;
      setIndex(next);
      showFinding(finding);
      present(findingKey(finding));
    },
    [findings, present, setIndex, showFinding],
  );

  const start = useCallback(() => {
    if (findings.length === 0) return;
    void editor.current?.requestFullscreen?.().catch(() => undefined);
    go(0);
    summon?.();
  }, [editor, findings.length, go, summon]);

  const stop = useCallback(() => {
    setIndex(null);
    present(null);
    if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
  }, [present, setIndex]);

  const position = index === null ? null : Math.min(index, count - 1);
  useEffect(() => {
    if (position === null) return;
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === "ArrowRight" || event.key === "PageDown" || event.key === " ") {
        event.preventDefault();
        go(Math.min(position + 1, count - 1));
      } else if (event.key === "ArrowLeft" || event.key === "PageUp") {
        event.preventDefault();
        go(Math.max(position - 1, 0));
      } else if (event.key === "Escape") {
        stop();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [count, go, position, stop]);

  return {
    presenting: index !== null,
    current,
    position: position ?? 0,
    count,
    start,
    stop,
    next: () => position !== null && go(Math.min(position + 1, count - 1)),
    prev: () => position !== null && go(Math.max(position - 1, 0)),
  };
}
