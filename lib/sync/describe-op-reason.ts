import type { OpReason } from "../org/apply-ops";
import type { StructureError } from "../org/find-structure-errors";
import type { Locale } from "../i18n/locales";
import { translator, type MessageKey } from "../i18n/translate";

/** A refusal's code and parameters as a sentence in the reader's language, naming nodes by title. */
export function describeOpReason(reason: OpReason, locale: Locale): string {
  const t = translator(locale);
  const name = (id: string) => `“${reason.labels[id] ?? id}”`;
  switch (reason.code) {
    case "invalid-op":
      return t("op.invalid");
    case "unknown-node":
      return t("op.unknownNode", { node: name(reason.id) });
    case "unknown-edge":
      return t("op.unknownEdge", { id: reason.id });
    case "unknown-responsibility":
      return t("op.unknownResponsibility", { node: name(reason.nodeId) });
    case "duplicate-id":
      return t(reason.of === "node" ? "op.duplicateNode" : reason.of === "edge" ? "op.duplicateEdge" : "op.duplicateResponsibility", { id: reason.id });
    case "invalid-value": {
      const key = `op.field.${reason.field}`;
      const field = isKey(key) ? t(key) : t("op.field.other", { field: reason.field });
      const problem = { blank: "op.blank", "too-long": "op.tooLong", "too-many": "op.tooMany", duplicate: "op.duplicate", "not-allowed": "op.notAllowed" } as const;
      return t(problem[reason.problem], { field, limit: reason.limit ?? "" });
    }
    case "structure":
      return describeStructure(reason.structure, name, t);
  }
}

function isKey(key: string): key is MessageKey {
  return translator("en")(key as MessageKey) !== key;
}

function describeStructure(error: StructureError, name: (id: string) => string, t: ReturnType<typeof translator>): string {
  switch (error.code) {
    case "self-loop":
      return t("op.selfLoop", { node: name(error.nodeId) });
    case "two-managers":
      return t("op.twoManagers", { node: name(error.nodeId), current: name(error.managers[0]), proposed: name(error.managers[1]) });
    case "cycle": {
      // nodeIds[0] is the report of the refused line, nodeIds[1] its would-be manager, and each
      // following node manages the previous one, up to a node that reports to nodeIds[0].
      const [report = "", manager = report, ...above] = error.nodeIds;
      const chain = [manager, ...above, report].map(name).join(" → ");
      return t("op.cycle", { report: name(report), manager: name(manager), chain });
    }
    case "duplicate-edge":
      return t("op.duplicateLine", { source: name(error.source), target: name(error.target) });
    case "dangling-edge":
      return t("op.unknownNode", { node: name(error.missing) });
    case "duplicate-node-id":
      return t("op.duplicateNodeId", { id: error.nodeId });
  }
}
