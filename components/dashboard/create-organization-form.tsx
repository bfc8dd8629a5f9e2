"use client";

import { useRef, useState } from "react";
import { createOrganizationAction } from "@/app/actions/organizations";
import { useI18n } from "@/components/shell/i18n-provider";

export function CreateOrganizationForm() {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  return (
    <form
      ref={formRef}
      className="row"
      data-testid="create-organization"
      action={async (form) => {
        const result = await createOrganizationAction({ name: String(form.get("name") ?? "") });
        if (result.ok) {
          setError(null);
          formRef.current?.reset();
        } else setError(result.error.message);
      }}
    >
      <input type="text" name="name" aria-label={t("dashboard.orgName")} placeholder={t("dashboard.orgName")} required maxLength={120} />
      <button className="button" type="submit">{t("dashboard.create")}</button>
      {error && <span className="error" role="alert">{error}</span>}
    </form>
  );
}
