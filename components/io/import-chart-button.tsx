"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { importChartAction } from "@/app/actions/import";
import { describeImportProblems } from "@/lib/io/describe-import-problem";
import { useI18n } from "@/components/shell/i18n-provider";
import { ImportDialog } from "./import-dialog";

/** On the dashboard: import a file as a new chart of the organisation, then open it. */
export function ImportChartButton({ orgId }: { orgId: string }) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const [open, setOpen] = useState(false);
  return (
    <>
      <button type="button" className="button secondary" data-testid="import-open" title={t("io.import.openHint")} onClick={() => setOpen(true)}>
        {t("io.import.open")}
      </button>
      {open && (
        <ImportDialog
          locale={locale}
          onClose={() => setOpen(false)}
          target={{
            kind: "new",
            onImport: async ({ bytes, fileName, options, name }) => {
              const result = await importChartAction({ orgId, fileName, bytes, options, name });
              if (!result.ok) return [t("io.import.failed", { message: result.error.message })];
              if (!result.data.ok) return describeImportProblems(result.data.problems, locale);
              router.push(`/charts/${result.data.id}`);
              return null;
            },
          }}
        />
      )}
    </>
  );
}
