import { readFile } from "node:fs/promises";
import { expect, test, type Page } from "@playwright/test";
import { pdfTextByPage } from "../lib/io-node/testing/pdf-text";
import { signUpWithOrganization } from "./helpers";

/** An Italian HR export as Excel saves it: BOM, semicolons, quoted fields; "Riporta a" is not a header we know. */
const ITALIAN_CSV =
  "\uFEFFMatricola;Nome;Qualifica;Riporta a;Reparto;Responsabilità\r\n" +
  "M001;Giulia Conti;Amministratrice delegata;;Direzione;\r\n" +
  'M002;Marco Bellini;CIO;M001;Sistemi informativi;"Gestire i fornitori di tecnologia; operazioni IT"\r\n' +
  'M003;Sara Ferri;CTO;M001;Ingegneria;"Gestire i fornitori di tecnologia; portafoglio prodotti"\r\n' +
  "M004;Luca Gallo;Sistemista;M002;Reparto IT;\r\n" +
  'M005;Anna Russo;"Responsabile ""Qualità"" €";M003;Ingegneria;\r\n';

async function setLanguage(page: Page, lang: "it" | "en") {
  await page.getByTestId("language-switcher").selectOption(lang);
  await expect(page.locator("html")).toHaveAttribute("lang", lang);
}

async function importItalianCsv(page: Page, orgName: string) {
  const violations: string[] = [];
  page.on("console", (message) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) violations.push(message.text());
  });
  const org = page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: orgName }) });
  await org.getByTestId("import-open").click();
  const dialog = page.getByTestId("import-dialog");
  await dialog.getByTestId("import-file").setInputFiles({ name: "personale.csv", mimeType: "text/csv", buffer: Buffer.from(ITALIAN_CSV, "utf8") });
  await expect(dialog.getByTestId("import-preview")).toContainText("Giulia Conti");
  // Parsed off the page's thread: the worker starts under the production CSP.
  await expect(dialog).toHaveAttribute("data-parsed-in", "worker");
  expect(violations).toEqual([]);
  await expect(dialog.getByTestId("import-delimiter")).toHaveValue(";");
  // Detected: id, name, title, department, responsibilities; the manager column is not.
  await expect(dialog.getByTestId("map-title")).toHaveValue("2");
  await expect(dialog.getByTestId("map-manager")).toHaveValue("");
  await expect(dialog.getByTestId("import-ready")).toBeVisible();
  await dialog.getByTestId("map-manager").selectOption({ label: "Riporta a" });
  await dialog.getByTestId("map-manager-key").selectOption("id");
  await expect(dialog.getByTestId("import-preview").locator("th", { hasText: "Riporta a" })).toContainText(/Responsabile|Manager/);
  await expect(dialog.getByTestId("import-departments")).toContainText("Sistemi informativi");
  await expect(dialog.getByTestId("import-ready")).toContainText(/9/);
  return dialog;
}

test.describe("import and export", () => {
  test("an Italian semicolon CSV with a BOM: fix one mapping, import, see the chart and its warnings", async ({ page }) => {
    const orgName = `Import ${Date.now()}`;
    await signUpWithOrganization(page, orgName);
    await setLanguage(page, "it");
    const dialog = await importItalianCsv(page, orgName);
    await page.screenshot({ path: "test-results/import-preview-it.png" });
    await dialog.getByTestId("import-submit").click();
    await expect(page).toHaveURL(/\/charts\/[A-Za-z0-9_-]+$/);
    await expect(page.getByTestId("node-title").filter({ hasText: "Sistemista" })).toBeVisible();
    await expect(page.getByTestId("node-title").filter({ hasText: "Reparto IT" })).toBeVisible();
    await expect(page.getByTestId("findings-badge").first()).toBeVisible();
    const panel = page.getByTestId("findings-panel");
    if (!(await panel.isVisible())) await page.getByTestId("toggle-findings").click();
    await expect(panel).toContainText(/Sovrapposizione/);
    await expect(panel).toContainText("Fornitori di tecnologia");
    await page.screenshot({ path: "test-results/import-chart-it.png" });
  });

  test("a bad file is refused with its row and column, and nothing is created", async ({ page }) => {
    const orgName = `Refuse ${Date.now()}`;
    await signUpWithOrganization(page, orgName);
    const org = page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: orgName }) });
    await org.getByTestId("import-open").click();
    const dialog = page.getByTestId("import-dialog");
    await dialog.getByTestId("import-file").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from("ID,Name,Title,Boss ID\n1,Ada,CEO,\n2,Bo,CTO,9\n") });
    await expect(dialog.getByTestId("import-problems")).toContainText("Row 3, column “Boss ID”: The manager “9” is not in the file.");
    await expect(dialog.getByTestId("import-submit")).toBeDisabled();
    await page.screenshot({ path: "test-results/import-problems-en.png" });
    await dialog.getByTestId("import-cancel").click();
    await expect(org.getByText("No charts yet.")).toBeVisible();
  });

  test("export: the PNG covers every node, the PDF report has its pages, and a replace is undone with one Undo", async ({ page }) => {
    const orgName = `Export ${Date.now()}`;
    await signUpWithOrganization(page, orgName);
    const dialog = await importItalianCsv(page, orgName);
    await dialog.getByTestId("import-submit").click();
    await expect(page).toHaveURL(/\/charts\/[A-Za-z0-9_-]+$/);
    const chartId = page.url().split("/charts/")[1] as string;
    await expect(page.getByTestId("node-title").filter({ hasText: "Sistemista" })).toBeVisible();

    const response = await page.request.get(`/api/charts/${chartId}`);
    const { chart } = (await response.json()) as { chart: { nodes: { kind: string; position: { x: number; y: number } }[] } };
    const right = Math.max(...chart.nodes.map((node) => node.position.x + 240));
    const left = Math.min(...chart.nodes.map((node) => node.position.x));
    const bottom = Math.max(...chart.nodes.map((node) => node.position.y + (node.kind === "department" ? 72 : 104)));
    const top = Math.min(...chart.nodes.map((node) => node.position.y));

    await page.getByTestId("export-open").click();
    await page.screenshot({ path: "test-results/export-menu-en.png" });
    const [pngDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-png").click()]);
    expect(pngDownload.suggestedFilename()).toBe("personale.png");
    const png = await readFile(await pngDownload.path());
    expect(png.subarray(1, 4).toString("ascii")).toBe("PNG");
    expect(png.readUInt32BE(16)).toBeGreaterThanOrEqual(right - left);
    expect(png.readUInt32BE(20)).toBeGreaterThanOrEqual(bottom - top);

    await page.getByTestId("export-open").click();
    const [pdfDownload] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-pdf").click()]);
    const pdf = (await readFile(await pdfDownload.path())).toString("latin1");
    expect(pdf.startsWith("%PDF-")).toBe(true);
    const pages = Number(/\/Type \/Pages[\s\S]*?\/Count (\d+)/.exec(pdf)?.[1]);
    expect(pages).toBeGreaterThanOrEqual(4);
    expect(pdf.match(/\/MediaBox \[0 0 841\.89 595\.28\]/g)?.length).toBe(pages);

    // Replace the content with a two-person CSV, then undo.
    await page.getByTestId("import-open").click();
    const replace = page.getByTestId("import-dialog");
    await replace.getByTestId("import-file").setInputFiles({ name: "small.csv", mimeType: "text/csv", buffer: Buffer.from("Name,Title,Manager\nZoe,Founder,\nYann,Engineer,Zoe\n") });
    await expect(replace.getByTestId("import-ready")).toBeVisible();
    await expect(replace.getByTestId("import-submit")).toBeDisabled();
    await replace.getByTestId("import-confirm").check();
    await replace.getByTestId("import-submit").click();
    await expect(page.getByTestId("node-title").filter({ hasText: "Founder" })).toBeVisible();
    await expect(page.getByTestId("node-title").filter({ hasText: "Sistemista" })).toHaveCount(0);
    await page.getByTestId("undo").click();
    await expect(page.getByTestId("node-title").filter({ hasText: "Sistemista" })).toBeVisible();
    await expect(page.getByTestId("node-title").filter({ hasText: "Founder" })).toHaveCount(0);
  });

  test("the chart as a PDF by branch: a few hundred cards make an overview and several readable pages", async ({ page }) => {
    test.setTimeout(90_000);
    const orgName = `Paged ${Date.now()}`;
    await signUpWithOrganization(page, orgName);
    // 300 people, each reporting to person floor((i - 1) / 6): more than one A4 page holds at 6 pt.
    const lines = ["Matricola;Nome;Qualifica;Responsabile"];
    for (let i = 0; i < 300; i++) lines.push(`P${i};Persona ${i};Ruolo ${i};${i === 0 ? "" : `P${Math.floor((i - 1) / 6)}`}`);
    const org = page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: orgName }) });
    await org.getByTestId("import-open").click();
    const dialog = page.getByTestId("import-dialog");
    await dialog.getByTestId("import-file").setInputFiles({ name: "organico.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n"), "utf8") });
    await expect(dialog.getByTestId("import-ready")).toContainText(/300/, { timeout: 30_000 });
    await dialog.getByTestId("import-submit").click();
    await expect(page).toHaveURL(/\/charts\/[A-Za-z0-9_-]+$/, { timeout: 30_000 });

    await page.getByTestId("export-open").click();
    // A picture of 300 cards is still readable as a PNG: no note that only the PDF is.
    await expect(page.getByTestId("export-chart-pdf")).toBeVisible();
    await expect(page.getByTestId("export-big-hint")).toHaveCount(0);
    const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("export-chart-pdf").click()]);
    expect(download.suggestedFilename()).toBe("organico-chart.pdf");
    const pages = pdfTextByPage(await readFile(await download.path()));
    expect(pages.length).toBeGreaterThan(2);
    expect(pages[0]?.[0]).toBe("The chart by branch: overview");
    expect(pages[1]?.[0]).toBe("Branch: Ruolo 0 (Persona 0)");
    // Every person's card is on exactly one page.
    const cards = pages.flat().filter((text) => /^Persona \d+$/.test(text));
    expect(new Set(cards).size).toBe(300);
  });

  test("a 10,000-row file: progress is shown, the page keeps responding, and the chart is created", async ({ page }) => {
    test.setTimeout(180_000);
    const orgName = `Big ${Date.now()}`;
    await signUpWithOrganization(page, orgName);
    // A CEO, then each person reports to person floor((i - 1) / 8): a tree 5 levels deep.
    const lines = ["Matricola;Nome;Qualifica;Responsabile;Reparto"];
    for (let i = 0; i < 10_000; i++) lines.push(`P${i};Persona ${i};Ruolo ${i % 40};${i === 0 ? "" : `P${Math.floor((i - 1) / 8)}`};Reparto ${i % 6}`);
    const org = page.getByTestId("organization").filter({ has: page.getByRole("heading", { name: orgName }) });
    await org.getByTestId("import-open").click();
    const dialog = page.getByTestId("import-dialog");
    // The longest time the page's thread did not get to run a timer while the file was parsed.
    await page.evaluate(() => {
      const w = window as unknown as { longestGap: number };
      w.longestGap = 0;
      let last = performance.now();
      window.setInterval(() => {
        const now = performance.now();
        w.longestGap = Math.max(w.longestGap, now - last);
        last = now;
      }, 20);
    });
    await dialog.getByTestId("import-file").setInputFiles({ name: "personale.csv", mimeType: "text/csv", buffer: Buffer.from(lines.join("\n"), "utf8") });
    await expect(dialog.getByTestId("import-progress")).toBeVisible();
    await expect(dialog.getByTestId("import-ready")).toContainText(/10[.,]?006/, { timeout: 60_000 });
    await expect(dialog).toHaveAttribute("data-parsed-in", "worker");
    const longestGap = await page.evaluate(() => (window as unknown as { longestGap: number }).longestGap);
    // Parsing on the page would block it for the whole parse; the worker leaves only the preview's own rendering.
    expect(longestGap).toBeLessThan(1_500);
    await dialog.getByTestId("import-submit").click();
    await expect(dialog.getByTestId("import-progress")).toBeVisible();
    await expect(page).toHaveURL(/\/charts\/[A-Za-z0-9_-]+$/, { timeout: 120_000 });
    const chartId = page.url().split("/charts/")[1] as string;
    const response = await page.request.get(`/api/charts/${chartId}`);
    const { chart } = (await response.json()) as { chart: { nodes: unknown[] } };
    expect(chart.nodes).toHaveLength(10_006);
    // Too big for a readable PNG or SVG: the export menu points to the PDF by branch.
    await page.getByTestId("export-open").click();
    await expect(page.getByTestId("export-big-hint")).toBeVisible();
    await page.screenshot({ path: "test-results/export-menu-big-en.png" });
  });
});
