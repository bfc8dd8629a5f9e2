"use client";

import { useEffect, useRef } from "react";

export interface MenuItem {
  label: string;
  testId: string;
  onSelect: () => void;
}

/**
 * A small right-click menu at the pointer. Focus moves to its first item so it works from the
 * keyboard too; Escape, a click elsewhere or choosing an item closes it.
 */
export function ContextMenu({ x, y, label, items, onClose }: { x: number; y: number; label: string; items: MenuItem[]; onClose: () => void }) {
  const menu = useRef<HTMLDivElement>(null);
  useEffect(() => {
    menu.current?.querySelector("button")?.focus();
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent && event.key !== "Escape") return;
      if (event instanceof PointerEvent && menu.current?.contains(event.target as Node)) return;
      onClose();
    };
    window.addEventListener("keydown", close);
    window.addEventListener("pointerdown", close);
    return () => {
      window.removeEventListener("keydown", close);
      window.removeEventListener("pointerdown", close);
    };
  }, [onClose]);
  return (
    <div ref={menu} className="oc-menu" role="menu" aria-label={label} style={{ left: x, top: y }} data-testid="context-menu">
      {items.map((item) => (
        <button
          key={item.testId}
          type="button"
          role="menuitem"
          className="oc-menu-item"
          data-testid={item.testId}
          onClick={() => {
            onClose();
            item.onSelect();
          }}
        >
          {item.label}
        </button>
      ))}
    </div>
  );
}
