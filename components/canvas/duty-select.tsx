"use client";

import { DUTIES, DUTY_IDS, type DutyId } from "@/lib/rules/catalog";
import { useCanvasI18n } from "./canvas-i18n-context";

const AUTO = "__auto__";
const NONE = "__none__";

/**
 * The duty of one responsibility: "suggested" (leave it to the classifier), any duty of the
 * catalog grouped by owner, or "no duty". The two explicit choices are what the rules obey.
 */
export function DutySelect({
  value,
  suggested,
  disabled,
  onChange,
  testId,
}: {
  /** undefined: classifier decides; null: explicitly no duty; a string: explicit duty. */
  value: string | null | undefined;
  suggested: DutyId | null;
  disabled: boolean;
  onChange: (duty: string | null | undefined) => void;
  testId: string;
}) {
  const { t, locale } = useCanvasI18n();
  const current = value === undefined ? AUTO : value === null ? NONE : value;
  const autoLabel = suggested !== null ? t("canvas.inspector.dutyAuto", { duty: DUTIES[suggested].label[locale] }) : t("canvas.inspector.dutyAutoNone");
  return (
    <select
      className="oc-duty-select"
      aria-label={t("canvas.inspector.duty")}
      data-testid={testId}
      value={current}
      disabled={disabled}
      onChange={(event) => {
        const next = event.target.value;
        onChange(next === AUTO ? undefined : next === NONE ? null : next);
      }}
    >
      <option value={AUTO}>{autoLabel}</option>
      {(["CIO", "CTO"] as const).map((owner) => (
        <optgroup key={owner} label={owner}>
          {DUTY_IDS.filter((id) => DUTIES[id].owner === owner).map((id) => (
            <option key={id} value={id}>
              {DUTIES[id].label[locale]}
            </option>
          ))}
        </optgroup>
      ))}
      <option value={NONE}>{t("canvas.inspector.dutyNone")}</option>
    </select>
  );
}
