"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { CHART_LIMITS } from "@/lib/org/limits";
import { createChartAction } from "@/app/actions/charts";
import { useI18n } from "@/components/shell/i18n-provider";

export function CreateChartForm({ orgId }: { orgId: string }) {
  const { t } = useI18n();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  return (
    <form
      className="row"
      data-testid="create-chart"
      action={async (form) => {
        const result = await createChartAction({ orgId, name: String(form.get("name") ?? "") });
        if (result.ok) router.push(`/charts/${result.data.id}`);
        else setError(result.error.message);
      }}
    >
      <input type="text" name="name" aria-label={t("dashboard.chartName")} placeholder={t("dashboard.chartName")} required maxLength={CHART_LIMITS.chartName} />
      <button className="button secondary" type="submit">{t("dashboard.newChart")}</button>
      {error && <span className="error" role="alert">{error}</span>}
    </form>
  );
}
