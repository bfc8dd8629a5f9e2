import { expect, test } from "@playwright/test";
import { DEMO, signIn, signUpWithOrganization, uniqueEmail } from "./helpers";

test("sign up, create an organisation and a chart, switch language, sign out", async ({ page }) => {
  await signUpWithOrganization(page, "Rossi & Figli");
  const org = page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: "Rossi & Figli" }) });
  await expect(org.getByText(/owner|proprietario/)).toBeVisible();

  await org.getByTestId("create-chart").locator('input[name="name"]').fill("Piano 2027");
  await org.getByTestId("create-chart").getByRole("button").click();
  await expect(page).toHaveURL(/\/charts\//);

  await page.goto("/dashboard");
  await page.getByTestId("language-switcher").selectOption("it");
  await expect(page.getByRole("heading", { name: "Le tue organizzazioni" })).toBeVisible();
  // Remembered for the user: a reload keeps Italian.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Le tue organizzazioni" })).toBeVisible();
  await page.getByTestId("language-switcher").selectOption("en");
  await expect(page.getByRole("heading", { name: "Your organisations" })).toBeVisible();

  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/signin/);
});

test("wrong credentials get one generic error", async ({ page }) => {
  await page.goto("/signin");
  const form = page.getByTestId("sign-in-form");
  await form.locator('input[name="email"]').fill(DEMO.email);
  await form.locator('input[name="password"]').fill("not the password");
  await form.getByRole("button").click();
  await expect(form.getByRole("alert")).toHaveText("Email or password is incorrect.");
  // The email stays filled in after a failed attempt.
  await expect(form.locator('input[name="email"]')).toHaveValue(DEMO.email);
  await form.locator('input[name="email"]').fill(uniqueEmail("nobody"));
  await form.locator('input[name="password"]').fill("whatever password");
  await Promise.all([page.waitForResponse(/\/api\/auth\/callback\/credentials/), form.getByRole("button").click()]);
  // An unknown email gets exactly the same message as a wrong password.
  await expect(form.getByRole("alert")).toHaveText("Email or password is incorrect.");
  await expect(page).toHaveURL(/\/signin/);
});

test("the demo user opens the seeded Ferri Meccatronica chart", async ({ page }) => {
  await signIn(page);
  await expect(page.getByRole("heading", { name: "Ferri Meccatronica S.p.A." })).toBeVisible();
  await page.getByRole("link", { name: "Ferri Meccatronica S.p.A." }).first().click();
  await expect(page).toHaveURL(/\/charts\//);
  await expect(page.getByText("Roberta Bruno").first()).toBeVisible();
  await expect(page.getByText("Stefano Mancini").first()).toBeVisible();
});

test("the browser's language is the default before anyone chooses", async ({ browser }) => {
  const context = await browser.newContext({ locale: "it-IT" });
  const page = await context.newPage();
  await page.goto("/signin");
  await expect(page.getByRole("heading", { name: "Accedi a Orgplan" })).toBeVisible();
  await context.close();
});

test("an owner invites an editor by link", async ({ page, browser }) => {
  await signUpWithOrganization(page, "Invitanti");
  await page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: "Invitanti" }) }).getByRole("link", { name: /Members/ }).click();
  await page.getByTestId("invite-role").selectOption("editor");
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  expect(link).toContain("/invite/");

  const other = await browser.newContext();
  const guest = await other.newPage();
  await signUpWithOrganization(guest, "Guest Org", "Guest Person");
  await guest.goto(link);
  await guest.getByTestId("accept-invite").click();
  await expect(guest).toHaveURL(/\/dashboard/);
  const joined = guest.getByTestId("organization").filter({ has: guest.getByRole("heading", { name: "Invitanti" }) });
  await expect(joined.getByText("Your role: editor")).toBeVisible();

  // The owner turns the new editor into a viewer; the guest sees it on their next visit.
  await page.reload();
  const guestRow = page.getByTestId("members").locator("li").filter({ hasText: "Guest Person" });
  await guestRow.getByTestId("member-role").selectOption("viewer");
  await expect(guestRow.getByTestId("member-role")).toHaveValue("viewer");
  await guest.reload();
  await expect(joined.getByText("Your role: viewer")).toBeVisible();
  await other.close();
});

test("signed-out requests to the chart API are refused", async ({ request }) => {
  const write = await request.post("/api/charts/anything/ops", { data: { baseVersion: 0, ops: [{ type: "removeNode", id: "ceo" }] } });
  expect(write.status()).toBe(401);
  const read = await request.get("/api/charts/anything");
  expect(read.status()).toBe(401);
});

test("a revoked invitation link no longer works", async ({ page, browser }) => {
  await signUpWithOrganization(page, "Revoche");
  await page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: "Revoche" }) }).getByRole("link", { name: /Members/ }).click();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();
  await page.reload();
  await expect(page.getByTestId("active-invitation")).toHaveCount(1);
  await page.getByTestId("active-invitation").getByRole("button", { name: "Revoke" }).click();
  await expect(page.getByTestId("active-invitation")).toHaveCount(0);

  const other = await browser.newContext();
  const guest = await other.newPage();
  await guest.goto(link);
  await expect(guest.getByText("This invitation link is invalid or has expired.")).toBeVisible();
  await other.close();
});

test("signing out of all devices ends the other sessions too", async ({ page, browser }) => {
  const { email, password } = await signUpWithOrganization(page, "Ovunque");
  const laptop = await browser.newContext();
  const projector = await laptop.newPage();
  await signIn(projector, email, password);

  await page.getByTestId("current-user").click();
  await page.getByTestId("sign-out-everywhere").click();
  await expect(page).toHaveURL(/\/signin/);

  await projector.goto("/dashboard");
  await expect(projector).toHaveURL(/\/signin/);
  await laptop.close();
});
