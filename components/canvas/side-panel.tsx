"use client";

import type { ReactNode } from "react";

/** A panel of the editor's side column: its heading, a close button, and its content. */
export function SidePanel({
  id,
  className,
  testId,
  title,
  closeLabel,
  onClose,
  children,
}: {
  id: string;
  className: string;
  testId: string;
  title: string;
  closeLabel: string;
  onClose: () => void;
  children: ReactNode;
}) {
  return (
    <section className={`oc-panel ${className}`} aria-labelledby={id} data-testid={testId}>
      <header className="oc-panel-header">
        <h2 id={id}>{title}</h2>
        <button type="button" className="oc-icon-button" onClick={onClose} aria-label={closeLabel} title={closeLabel}>
          ×
        </button>
      </header>
      {children}
    </section>
  );
}
