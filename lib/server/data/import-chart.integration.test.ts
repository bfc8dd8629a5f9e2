import iconv from "iconv-lite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartToCsv } from "../../io/chart-to-csv";
import { IMPORT_LIMITS } from "../../io/import-limits";
import { analyzeChart } from "../../rules";
import { createTestDatabase, type TestDatabase } from "../testing/test-database";
import { getChart } from "./charts";
import { importChart } from "./import-chart";
import { createOrganization } from "./organizations";
import { createUser } from "./users";

let t: TestDatabase;
let owner: { userId: string };
let orgId: string;

beforeAll(async () => {
  t = await createTestDatabase();
  const user = await createUser(t.db, { email: "importer@example.test", name: "Importer", password: "long enough password" });
  owner = { userId: user.id };
  orgId = (await createOrganization(t.db, owner, "Importers")).id;
});
afterAll(async () => t?.drop());

const file = (text: string | Uint8Array, fileName = "staff.csv") => ({
  bytes: typeof text === "string" ? new TextEncoder().encode(text) : text,
  fileName,
  options: {},
});

describe("importChart", () => {
  it("saves an Italian CSV as a new chart, laid out, with its departments, and the rules see it at once", async () => {
    const text = "\uFEFFMatricola;Nome;Qualifica;Responsabile;Reparto;Responsabilità\n" +
      "1;Mario Rossi;Amministratore delegato;;Direzione;\n2;Lucia Neri;CIO;1;Sistemi informativi;Gestire i fornitori di tecnologia\n3;Paolo Bianchi;CTO;1;Ingegneria;Gestire i fornitori di tecnologia\n";
    const result = await importChart(t.db, owner, orgId, file(text, "personale.csv"));
    if (!result.ok) throw new Error(JSON.stringify(result.problems));
    const { chart } = await getChart(t.db, owner, result.id);
    expect(chart.name).toBe("personale");
    expect(chart.nodes).toHaveLength(6);
    expect(chart.nodes.every((node) => node.position !== null)).toBe(true);
    expect(chart.nodes.filter((node) => node.kind === "department").map((node) => node.title).sort()).toEqual(["Direzione", "Ingegneria", "Sistemi informativi"]);
    expect(analyzeChart(chart).some((finding) => finding.rule === "overlap")).toBe(true);
  });

  it("re-imports our own CSV export exactly, and Windows-1252 files decode right", async () => {
    const first = await importChart(t.db, owner, orgId, file(iconv.encode("Nome;Qualifica\nZoë;Direttrice “€”\n", "windows-1252"), "legacy.csv"));
    if (!first.ok) throw new Error(JSON.stringify(first.problems));
    const { chart } = await getChart(t.db, owner, first.id);
    expect(chart.nodes[0]).toMatchObject({ person: "Zoë", title: "Direttrice “€”" });
    const again = await importChart(t.db, owner, orgId, file(chartToCsv(chart), "again.csv"));
    if (!again.ok) throw new Error(JSON.stringify(again.problems));
    expect((await getChart(t.db, owner, again.id)).chart.nodes.map(({ id, title, person }) => ({ id, title, person }))).toEqual(
      chart.nodes.map(({ id, title, person }) => ({ id, title, person })),
    );
  });

  const BAD: Record<string, [string | Uint8Array, string]> = {
    "a manager not in the file": ["ID,Name,Title,Boss ID\n1,Ada,CEO,\n2,Bo,CTO,9\n", "unknown-manager"],
    "a manager name matching two people": ["Name,Title,Manager\nAda,CEO,\nAda,CFO,\nBo,CTO,Ada\n", "ambiguous-manager"],
    "a reporting cycle": ["ID,Name,Title,Boss ID\n1,Ada,CEO,2\n2,Bo,CTO,1\n", "cycle"],
    "a duplicate id": ["ID,Name,Title\n1,Ada,CEO\n1,Bo,CTO\n", "duplicate-id"],
    "an empty title and no name": ["Name,Title,Notes\nAda,CEO,\n,,x\n", "empty-title-and-name"],
    "a file over the size limit": [new Uint8Array(IMPORT_LIMITS.bytes + 1), "too-large"],
    "a file over the row limit": [`Name,Title\n${Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `P${i},T`).join("\n")}\n`, "too-many-rows"],
    "a broken orgchart/v1 document": ['{"format":"orgchart/v1","name":"x","nodes":[{"id":"a","title":"A"}],"edges":[{"source":"a","target":"zz"}]}', "invalid-json-chart"],
  };
  for (const [name, [content, code]] of Object.entries(BAD)) {
    it(`refuses ${name} and saves nothing`, async () => {
      const before = await t.snapshot();
      const result = await importChart(t.db, owner, orgId, file(content, code === "invalid-json-chart" ? "x.json" : "bad.csv"));
      expect(result.ok).toBe(false);
      if (!result.ok) expect(result.problems[0]?.code).toBe(code);
      expect(await t.snapshot()).toBe(before);
    });
  }
});
