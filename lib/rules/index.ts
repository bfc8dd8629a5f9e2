/**
 * The rules module: judges an org chart against the source document's definitions of the CIO
 * and the CTO. Pure TypeScript, no I/O: runs in the browser, on the server and in the CLI.
 */
export { analyzeChart, type AnalyzeOptions } from "./analyze-chart";
export { compareFindings } from "./compare-findings";
export type { Finding } from "./finding";
export {
  BOUNDARY_PAIRS,
  DOCUMENT_SENTENCES,
  DUTIES,
  DUTY_IDS,
  RULES,
  RULE_IDS,
  boundaryPairOf,
  dutiesOf,
  isDutyId,
  type Bilingual,
  type BoundaryDomain,
  type BoundaryPair,
  type Duty,
  type DutyId,
  type Lang,
  type RoleName,
  type RuleId,
  type RuleInfo,
  type Severity,
} from "./catalog";
export {
  classifyResponsibility,
  needsDecision,
  type Classification,
  type ClassificationReason,
} from "./classify-responsibility";
export { explainClassification } from "./explain-classification";
export { recognizeRole, type RoleHolding } from "./recognize-role";
export { recognizeDepartment, type DepartmentKind } from "./recognize-department";
export { computeRoleBranches, type RoleBranches } from "./compute-branches";
export {
  dutyHoldings,
  effectiveDuty,
  resolveResponsibility,
  type Classify,
  type DutyHolding,
  type ResolvedResponsibility,
} from "./resolve-duties";
export { findingKey } from "./finding-key";
export {
  acknowledgedFinding,
  acknowledgementSchema,
  acknowledgedFindingSchema,
  acknowledgementReasonSchema,
  judgeFindings,
  type Acknowledgement,
  type AcknowledgedFinding,
  type JudgedFinding,
} from "./acknowledgements";
export { offerFixes, offerFixesIn, fixChoices, fixForChoice, type FixChoices } from "./fixes/offer-fixes";
export { fixContext, type Fix, type FixLabel, type FixContext, type FixOptions } from "./fixes/fix";
export { previewFix, type FixPreview } from "./fixes/preview-fix";
export { describeFix } from "./fixes/describe-fix";
export { describeChanges } from "./fixes/describe-changes";
