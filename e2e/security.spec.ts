import { spawn } from "node:child_process";
import path from "node:path";
import { expect, test, type APIRequestContext, type Page } from "@playwright/test";
import { DEMO, signIn, signUpWithOrganization, uniqueEmail } from "./helpers";

/** Fails the test on any CSP violation the page reports. */
function watchCsp(page: Page): string[] {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to (execute|load|apply)/i.test(message.text())) violations.push(message.text());
  });
  return violations;
}

/** Posts to next-auth's credentials callback the way its signIn() does. */
async function credentialsPost(request: APIRequestContext, email: string, password: string, address: string) {
  const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
  return request.post("/api/auth/callback/credentials", {
    form: { email, password, csrfToken, json: "true" },
    headers: { "x-forwarded-for": address },
  });
}

test("every page carries a nonce CSP; sign-in, dashboard and the canvas run under it without violations", async ({ page }) => {
  const violations = watchCsp(page);
  const response = await page.goto("/signin");
  const csp = response!.headers()["content-security-policy"]!;
  expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(csp).not.toMatch(/script-src[^;]*unsafe-inline/);
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp).toContain("base-uri 'self'");
  expect(response!.headers()["permissions-policy"]).toContain("camera=()");
  const nonce = /'nonce-([^']+)'/.exec(csp)![1];
  const scriptNonces = await page.locator("script").evaluateAll((scripts) => scripts.map((s) => (s as HTMLScriptElement).nonce));
  expect(scriptNonces.length).toBeGreaterThan(0);
  expect(scriptNonces.every((n) => n === nonce)).toBe(true);
  // A second request gets a different nonce.
  const again = await page.request.get("/signin");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);

  await signIn(page);
  await page.getByRole("link", { name: "Ferri Meccatronica S.p.A." }).first().click();
  await expect(page.getByText("Roberta Bruno").first()).toBeVisible();
  // React Flow places the chart with style attributes: they must have applied.
  const transform = await page.locator(".react-flow__viewport").first().evaluate((node) => getComputedStyle(node).transform);
  expect(transform).not.toBe("none");
  expect(violations).toEqual([]);
});

test("API answers and static files carry the headers too", async ({ request, page }) => {
  const api = await request.get("/api/charts/anything");
  expect(api.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(api.headers()["x-content-type-options"]).toBe("nosniff");
  // The live edit and presence routes skip proxy.ts, and carry the fixed ones from next.config.js.
  for (const route of ["ops", "presence"]) {
    const live = await request.post(`/api/charts/anything/${route}`, { data: {} });
    expect(live.status()).toBe(401);
    expect(live.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
    expect(live.headers()["x-content-type-options"]).toBe("nosniff");
    expect(live.headers()["x-frame-options"]).toBe("DENY");
  }
  await page.goto("/signin");
  const src = await page.locator("script[src]").first().getAttribute("src");
  const asset = await request.get(src!);
  expect(asset.headers()["x-content-type-options"]).toBe("nosniff");
  expect(asset.headers()["content-security-policy"]).toContain("default-src 'none'");
});

test("brute force on one account gets 429 + Retry-After, while the owner's browser still signs in", async ({ page, browser, playwright }) => {
  const { email, password } = await signUpWithOrganization(page, "Forziere");
  // The owner's browser now holds a known-device cookie for this account.
  const attacker = await playwright.request.newContext({ baseURL: test.info().project.use.baseURL });
  const statuses: number[] = [];
  for (let i = 0; i < 10; i++) statuses.push((await credentialsPost(attacker, email, `guess number ${i}`, `198.51.100.${i + 1}`)).status());
  expect(statuses).toEqual(Array(10).fill(401));
  const limited = await credentialsPost(attacker, email, password, "198.51.100.50");
  expect(limited.status()).toBe(429);
  expect(Number(limited.headers()["retry-after"])).toBeGreaterThan(0);
  // An unknown email answers exactly like a wrong password.
  const unknown = await credentialsPost(attacker, uniqueEmail("ghost"), "whatever it is", "198.51.100.51");
  expect(unknown.status()).toBe(401);
  await attacker.dispose();

  // A stranger's browser is told to wait, in words.
  const stranger = await browser.newContext();
  const strangerPage = await stranger.newPage();
  await strangerPage.goto("/signin");
  const form = strangerPage.getByTestId("sign-in-form");
  await form.locator('input[name="email"]').fill(email);
  await form.locator('input[name="password"]').fill(password);
  await form.getByRole("button").click();
  await expect(form.getByRole("alert")).toContainText("Too many failed sign-ins");
  await strangerPage.screenshot({ path: test.info().outputPath("sign-in-limited.png") });
  await stranger.close();

  // The owner signs out and back in from their usual browser: not locked out.
  await page.getByTestId("sign-out").click();
  await expect(page).toHaveURL(/\/signin/);
  await signIn(page, email, password);
});

test("changing the password signs out the other devices but not this one, and refuses common passwords", async ({ page, browser }) => {
  const { email, password } = await signUpWithOrganization(page, "Cambio");
  const other = await browser.newContext();
  const phone = await other.newPage();
  await signIn(phone, email, password);

  await page.goto("/account");
  const form = page.getByTestId("change-password");
  await form.locator('input[name="currentPassword"]').fill(password);
  await form.locator('input[name="newPassword"]').fill("password123");
  await form.getByRole("button").click();
  await expect(form.getByRole("alert")).toContainText("most common");
  await form.locator('input[name="currentPassword"]').fill(password);
  await form.locator('input[name="newPassword"]').fill("una nuova password lunga");
  await form.getByRole("button").click();
  await expect(form.getByRole("status")).toContainText("Password changed");

  await page.goto("/dashboard");
  await expect(page).toHaveURL(/\/dashboard/);
  await phone.goto("/dashboard");
  await expect(phone).toHaveURL(/\/signin/);
  await signIn(phone, email, "una nuova password lunga");
  await other.close();
});

test("a removed member loses the chart on their next request; the owner's audit log shows who did what from where", async ({ page, browser }) => {
  await signUpWithOrganization(page, "Rimozioni");
  await page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: "Rimozioni" }) }).getByTestId("create-chart").locator('input[name="name"]').fill("Segreto");
  await page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: "Rimozioni" }) }).getByTestId("create-chart").getByRole("button").click();
  await expect(page).toHaveURL(/\/charts\//);
  const chartUrl = page.url();
  await page.goto("/dashboard");
  await page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: "Rimozioni" }) }).getByRole("link", { name: /Members/ }).click();
  await expect(page).toHaveURL(/\/orgs\//);
  const orgUrl = page.url();
  await page.getByRole("button", { name: "Create invitation link" }).click();
  const link = await page.getByTestId("invite-link").inputValue();

  const other = await browser.newContext();
  const guest = await other.newPage();
  await signUpWithOrganization(guest, "Altro", "Ospite Rimosso");
  await guest.goto(link);
  await guest.getByTestId("accept-invite").click();
  await expect(guest).toHaveURL(/\/dashboard/);
  await guest.goto(chartUrl);
  await expect(guest.locator(".react-flow")).toBeVisible();

  await page.goto(orgUrl);
  page.once("dialog", (dialog) => dialog.accept());
  await page.getByTestId("members").locator("li").filter({ hasText: "Ospite Rimosso" }).getByTestId("remove-member").click();
  await expect(page.getByTestId("members").locator("li").filter({ hasText: "Ospite Rimosso" })).toHaveCount(0);

  const api = await guest.request.get(`/api/charts/${chartUrl.split("/charts/")[1]}`);
  expect(api.status()).toBe(404);
  await guest.goto(chartUrl);
  await expect(guest.locator(".react-flow")).toHaveCount(0);
  await other.close();

  await page.getByTestId("audit-link").click();
  const entries = page.getByTestId("audit-entry");
  await expect(entries.first()).toHaveAttribute("data-action", "member.removed");
  await expect(page.getByTestId("audit-log")).toContainText("invitation link created", { ignoreCase: true });
  await expect(page.getByTestId("audit-log")).toContainText("joined as editor");
  await page.screenshot({ path: test.info().outputPath("audit-log-en.png"), fullPage: true });
  await page.getByTestId("language-switcher").selectOption("it");
  await expect(page.getByRole("heading", { name: "Registro attività" })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath("audit-log-it.png"), fullPage: true });
  await page.getByTestId("language-switcher").selectOption("en");
});

test("an owner downloads the organisation's archive", async ({ page }) => {
  await signIn(page, DEMO.email, DEMO.password);
  await page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: /Ferri Meccatronica/ }) }).getByRole("link", { name: /Members/ }).click();
  const download = page.waitForEvent("download");
  await page.getByTestId("archive-link").click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^orgplan-ferri-meccatronica-s-p-a-\d{4}-\d{2}-\d{2}\.json$/);
  const archive = JSON.parse(await (await import("node:fs/promises")).readFile((await file.path())!, "utf8"));
  expect(archive.format).toBe("orgplan-archive/v1");
  expect(archive.charts[0].orgchart.format).toBe("orgchart/v1");
  expect(archive.members.some((m: { email: string }) => m.email === DEMO.email)).toBe(true);
});

test("deleting one's account says first which organisations go with it", async ({ page }) => {
  const { email, password } = await signUpWithOrganization(page, "Sola Mia");
  await page.goto("/account");
  await expect(page.getByTestId("sole-owner-warning")).toContainText("“Sola Mia”");
  await page.screenshot({ path: test.info().outputPath("account-en.png"), fullPage: true });
  const form = page.getByTestId("delete-account");
  await form.locator('input[name="password"]').fill("not the password");
  await form.getByRole("button").click();
  await expect(form.getByRole("alert")).toContainText("not correct");
  await form.locator('input[name="password"]').fill(password);
  await form.getByRole("button").click();
  await expect(page).not.toHaveURL(/\/account/);
  await page.goto("/signin");
  const signInForm = page.getByTestId("sign-in-form");
  await signInForm.locator('input[name="email"]').fill(email);
  await signInForm.locator('input[name="password"]').fill(password);
  await signInForm.getByRole("button").click();
  await expect(signInForm.getByRole("alert")).toHaveText("Email or password is incorrect.");
});

test("behind HTTPS: HSTS is sent and the session and device cookies are Secure", async ({ playwright }) => {
  test.setTimeout(120_000);
  const port = Number(process.env.E2E_HTTPS_PORT ?? Number(process.env.E2E_PORT ?? 3210) + 1);
  // A second instance of the same build on the same database, told that users reach it over HTTPS.
  const server = spawn(path.resolve("node_modules/.bin/next"), ["start", "-p", String(port)], {
    env: { ...process.env, DATABASE_URL: "file:./.e2e/orgplan-e2e.db", NEXTAUTH_URL: `https://localhost:${port}`, NEXTAUTH_SECRET: "e2e-https-instance-secret-0123456789", PORT: String(port), NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "ignore",
    detached: true,
  });
  try {
    const request = await playwright.request.newContext({ baseURL: `http://localhost:${port}`, extraHTTPHeaders: { "x-forwarded-proto": "https" } });
    await expect.poll(async () => (await request.get("/signin").catch(() => null))?.status() ?? 0, { timeout: 60_000 }).toBe(200);
    const page = await request.get("/signin");
    expect(page.headers()["strict-transport-security"]).toMatch(/max-age=\d+/);
    expect(page.headers()["content-security-policy"]).toContain("upgrade-insecure-requests");
    const { csrfToken } = (await (await request.get("/api/auth/csrf")).json()) as { csrfToken: string };
    const signedIn = await request.post("/api/auth/callback/credentials", { form: { email: DEMO.email, password: DEMO.password, csrfToken, json: "true" } });
    expect(signedIn.status()).toBe(200);
    const cookies = signedIn.headersArray().filter((h) => h.name.toLowerCase() === "set-cookie").map((h) => h.value);
    const session = cookies.find((c) => c.startsWith("__Secure-next-auth.session-token="));
    expect(session).toMatch(/;\s*Secure/i);
    expect(cookies.find((c) => c.startsWith("orgplan-device="))).toMatch(/;\s*Secure/i);
    await request.dispose();
  } finally {
    process.kill(-server.pid!, "SIGKILL");
  }
});
