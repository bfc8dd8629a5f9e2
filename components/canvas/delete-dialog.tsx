"use client";

import { useEffect, useRef } from "react";
import { useCanvasI18n } from "./canvas-i18n-context";

export interface DeleteRequest {
  ids: string[];
  /** Title of the single node deleted, for the question. */
  title: string | null;
  /** How many people report to the deleted nodes and are not deleted themselves. */
  orphanCount: number;
}

/** Asks what happens to the reports of a deleted manager: re-attach them one level up, or detach. */
export function DeleteDialog({
  request,
  onChoose,
  onCancel,
}: {
  request: DeleteRequest;
  onChoose: (mode: "reattach" | "detach") => void;
  onCancel: () => void;
}) {
  const { t } = useCanvasI18n();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
  }, []);
  const heading =
    request.title !== null ? t("canvas.delete.title", { title: request.title }) : t("canvas.delete.titleMany", { count: request.ids.length });
  return (
    <dialog
      ref={dialog}
      className="oc-dialog"
      data-testid="delete-dialog"
      aria-labelledby="oc-delete-heading"
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id="oc-delete-heading">{heading}</h2>
      <p>{request.orphanCount === 1 ? t("canvas.delete.questionOne") : t("canvas.delete.question", { count: request.orphanCount })}</p>
      <div className="oc-dialog-actions">
        <button type="button" className="oc-button oc-primary" data-testid="delete-reattach" autoFocus onClick={() => onChoose("reattach")}>
          {t("canvas.delete.reattach")}
        </button>
        <button type="button" className="oc-button" data-testid="delete-detach" onClick={() => onChoose("detach")}>
          {t("canvas.delete.detach")}
        </button>
        <button type="button" className="oc-button oc-quiet" data-testid="delete-cancel" onClick={onCancel}>
          {t("canvas.delete.cancel")}
        </button>
      </div>
    </dialog>
  );
}
