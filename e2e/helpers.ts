import { expect, type Page } from "@playwright/test";

export const DEMO = { email: "demo@orgplan.local", password: "orgplan-demo" };

export async function signIn(page: Page, email = DEMO.email, password = DEMO.password): Promise<void> {
  await page.goto("/signin");
  const form = page.getByTestId("sign-in-form");
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.getByRole("button").click();
  await expect(page).toHaveURL(/\/dashboard/);
}

export function uniqueEmail(prefix = "user"): string {
  return `${prefix}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@example.test`;
}

/** Signs up a fresh user, creates an organisation, and returns on the dashboard. */
export async function signUpWithOrganization(page: Page, orgName: string, name = "Test User"): Promise<{ email: string; password: string }> {
  const email = uniqueEmail();
  const password = "correct horse battery";
  await page.goto("/signup");
  const form = page.getByTestId("sign-up-form");
  await form.locator('input[name="name"]').fill(name);
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.getByRole("button").click();
  await expect(page).toHaveURL(/\/dashboard/);
  await page.getByTestId("create-organization").locator('input[name="name"]').fill(orgName);
  await page.getByTestId("create-organization").getByRole("button").click();
  await expect(page.getByRole("heading", { name: orgName })).toBeVisible();
  return { email, password };
}

/** Creates an empty chart in the given organisation (from the dashboard) and opens it. */
export async function createEmptyChart(page: Page, orgName: string, chartName: string): Promise<string> {
  await page.goto("/dashboard");
  const org = page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: orgName }) });
  await org.getByTestId("create-chart").locator('input[name="name"]').fill(chartName);
  await org.getByTestId("create-chart").getByRole("button").click();
  await expect(page).toHaveURL(/\/charts\/[A-Za-z0-9_-]+$/);
  return page.url().split("/charts/")[1] ?? "";
}
