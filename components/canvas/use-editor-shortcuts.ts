"use client";

import { useEffect } from "react";

export interface ShortcutHandlers {
  undo: () => void;
  redo: () => void;
  deleteSelection: () => void;
  focusSearch: () => void;
}

/**
 * Ctrl/Cmd+Z, Ctrl/Cmd+Shift+Z and Ctrl+Y everywhere in the editor (also in its inputs: typing is
 * coalesced into history steps, so the editor's undo is the right one); Delete and Backspace only
 * when no text field has the focus.
 */
export function useEditorShortcuts(enabled: boolean, handlers: ShortcutHandlers): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented) return;
      const mod = event.ctrlKey || event.metaKey;
      const key = event.key.toLowerCase();
      if (mod && key === "f") {
        event.preventDefault();
        handlers.focusSearch();
        return;
      }
      if (!enabled) return;
      if (mod && key === "z") {
        event.preventDefault();
        if (event.shiftKey) handlers.redo();
        else handlers.undo();
        return;
      }
      if (mod && key === "y") {
        event.preventDefault();
        handlers.redo();
        return;
      }
      if ((event.key === "Delete" || event.key === "Backspace") && !isTextField(event.target)) {
        event.preventDefault();
        handlers.deleteSelection();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, [enabled, handlers]);
}

function isTextField(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !["checkbox", "radio", "button"].includes(target.type);
}
