"use client";

import { useState } from "react";
import type { ChartOp } from "@/lib/org/chart-ops";
import { OP_LIMITS, type OpError } from "@/lib/org/apply-ops";
import { newId } from "@/lib/org/new-id";
import type { NodeKind, OrgNode, Responsibility } from "@/lib/org/types";
import { CommittedTextInput } from "./committed-text-input";
import { classifyResponsibility } from "@/lib/rules/classify-responsibility";
import { splitByDuty } from "@/lib/rules/split-by-duty";
import { ResponsibilityRow } from "./responsibility-row";
import { useCanvasI18n } from "./canvas-i18n-context";

const KNOWN_ROLES = ["CIO", "CTO", "CIO+CTO"] as const;
const OTHER = "__other__";

export type ApplyEdit = (ops: ChartOp[], coalesceKey?: string) => OpError | null;

/** The side panel for the one selected card: every field of the node, saved as you type. */
export function NodeInspector({
  node,
  canEdit,
  apply,
  autoFocusTitle,
}: {
  node: OrgNode;
  canEdit: boolean;
  apply: ApplyEdit;
  /** A card just created: put the cursor in its title with the placeholder selected. */
  autoFocusTitle: boolean;
}) {
  const { t } = useCanvasI18n();
  const [newText, setNewText] = useState("");
  const update = (patch: Extract<ChartOp, { type: "updateNode" }>["patch"], key?: string) =>
    apply([{ type: "updateNode", id: node.id, patch }], key) === null;
  const setResponsibilities = (responsibilities: Responsibility[], key?: string) =>
    apply([{ type: "setResponsibilities", nodeId: node.id, responsibilities }], key) === null;
  const list = node.responsibilities;
  const roleChoice = node.role === null ? "" : (KNOWN_ROLES as readonly string[]).includes(node.role) ? node.role : OTHER;

  const addResponsibility = () => {
    const text = newText.trim();
    if (text === "") return;
    if (setResponsibilities([...list, { id: newId(), text }])) setNewText("");
  };

  return (
    <div className="oc-inspector-body" data-testid="inspector" data-node-id={node.id}>
      <label className="oc-field">
        <span>{t("canvas.inspector.title")}</span>
        <CommittedTextInput
          className="oc-input"
          value={node.title}
          readOnly={!canEdit}
          maxLength={OP_LIMITS.title}
          data-testid="inspector-title"
          autoFocus={autoFocusTitle}
          onFocus={autoFocusTitle ? (event) => event.target.select() : undefined}
          onCommit={(text) => update({ title: text }, `title:${node.id}`)}
        />
      </label>
      <label className="oc-field">
        <span>{t("canvas.inspector.person")}</span>
        <CommittedTextInput
          className="oc-input"
          value={node.person ?? ""}
          readOnly={!canEdit}
          maxLength={OP_LIMITS.person}
          data-testid="inspector-person"
          onCommit={(text) => update({ person: text.trim() === "" ? null : text }, `person:${node.id}`)}
        />
      </label>
      <div className="oc-field-row">
        <label className="oc-field">
          <span>{t("canvas.inspector.role")}</span>
          <select
            className="oc-input"
            value={roleChoice}
            disabled={!canEdit}
            data-testid="inspector-role"
            onChange={(event) => {
              const choice = event.target.value;
              if (choice === OTHER) update({ role: t("canvas.inspector.roleOther").replace("…", "") });
              else update({ role: choice === "" ? null : choice });
            }}
          >
            <option value="">{t("canvas.inspector.roleNone")}</option>
            {KNOWN_ROLES.map((role) => (
              <option key={role} value={role}>
                {role}
              </option>
            ))}
            <option value={OTHER}>{t("canvas.inspector.roleOther")}</option>
          </select>
        </label>
        <label className="oc-field">
          <span>{t("canvas.inspector.kind")}</span>
          <select
            className="oc-input"
            value={node.kind}
            disabled={!canEdit}
            data-testid="inspector-kind"
            onChange={(event) => update({ kind: event.target.value as NodeKind })}
          >
            <option value="role">{t("canvas.inspector.kindRole")}</option>
            <option value="department">{t("canvas.inspector.kindDepartment")}</option>
          </select>
        </label>
      </div>
      {roleChoice === OTHER && (
        <label className="oc-field">
          <span>{t("canvas.inspector.roleOtherText")}</span>
          <CommittedTextInput
            className="oc-input"
            value={node.role ?? ""}
            readOnly={!canEdit}
            maxLength={OP_LIMITS.role}
            data-testid="inspector-role-other"
            onCommit={(text) => update({ role: text }, `role:${node.id}`)}
          />
        </label>
      )}
      <h3 className="oc-subheading">{t("canvas.inspector.responsibilities")}</h3>
      <ol className="oc-resp-list">
        {list.map((responsibility, index) => (
          <ResponsibilityRow
            key={responsibility.id}
            responsibility={responsibility}
            index={index}
            count={list.length}
            suggestion={classifyResponsibility(responsibility.text)}
            canEdit={canEdit}
            onText={(text) =>
              setResponsibilities(
                list.map((r) => (r.id === responsibility.id ? { ...r, text } : r)),
                `resp:${node.id}:${responsibility.id}`,
              )
            }
            onDuty={(duty) =>
              setResponsibilities(list.map((r) => (r.id === responsibility.id ? withDuty(r, duty) : r)))
            }
            onMove={(delta) => setResponsibilities(moved(list, index, index + delta))}
            onRemove={() => setResponsibilities(list.filter((r) => r.id !== responsibility.id))}
            onSplit={() => setResponsibilities(split(list, responsibility))}
          />
        ))}
      </ol>
      {canEdit && (
        <div className="oc-resp-new">
          <input
            className="oc-input"
            value={newText}
            maxLength={OP_LIMITS.responsibilityText}
            placeholder={t("canvas.inspector.newResponsibility")}
            aria-label={t("canvas.inspector.addResponsibility")}
            data-testid="responsibility-new"
            onChange={(event) => setNewText(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Enter") {
                event.preventDefault();
                addResponsibility();
              }
            }}
          />
          <button type="button" className="oc-button" onClick={addResponsibility} data-testid="responsibility-add">
            {t("canvas.inspector.addResponsibility")}
          </button>
        </div>
      )}
    </div>
  );
}

/** `undefined` removes the field, so the stored JSON says "let the classifier decide" by absence. */
function withDuty(responsibility: Responsibility, duty: string | null | undefined): Responsibility {
  const { duty: _previous, ...rest } = responsibility;
  void _previous;
  return duty === undefined ? rest : { ...rest, duty };
}

/**
 * One responsibility per duty of a compound text, in its place, each with its duty as the user's
 * choice: a single edit, so one undo restores the original text. The first piece keeps the id.
 */
function split(list: readonly Responsibility[], compound: Responsibility): Responsibility[] {
  const pieces = splitByDuty(compound.text);
  if (pieces.length < 2) return [...list];
  return list.flatMap((r) =>
    r.id !== compound.id ? [r] : pieces.map((piece, index) => ({ id: index === 0 ? r.id : newId(), text: piece.text, duty: piece.duty })),
  );
}

function moved<T>(list: readonly T[], from: number, to: number): T[] {
  if (to < 0 || to >= list.length) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}
