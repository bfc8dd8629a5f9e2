import fc from "fast-check";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { serializeOrgchart } from "./serialize-orgchart";
import type { Chart } from "../org/types";
import { describeImportProblems } from "./describe-import-problem";
import { importFile, type ImportOptions, type ImportOutcome } from "./import-file";
import { IMPORT_LIMITS } from "./import-limits";
import { nastyChartArbitrary } from "./testing/nasty-chart";

const decode1252 = (bytes: Uint8Array) => iconv.decode(Buffer.from(bytes), "windows-1252");
const utf8 = (text: string) => new TextEncoder().encode(text);
const run = (text: string | Uint8Array, name = "staff.csv", options: ImportOptions = {}) =>
  importFile(typeof text === "string" ? utf8(text) : text, name, options, decode1252);

function chartOf(outcome: ImportOutcome): Chart {
  if (!outcome.result.ok) throw new Error(describeImportProblems(outcome.result.problems, "en").join("\n"));
  return outcome.result.chart;
}
function problemsOf(outcome: ImportOutcome) {
  if (outcome.result.ok) throw new Error("expected the file to be refused");
  return outcome.result.problems;
}
const managerOf = (chart: Chart, id: string) => chart.edges.find((edge) => edge.kind === "reports-to" && edge.target === id)?.source;
const byPerson = (chart: Chart, person: string) => chart.nodes.find((node) => node.person === person)?.id;

describe("importFile: orgchart/v1", () => {
  it("export → import → export gives the same document, folds included", () => {
    fc.assert(
      fc.property(nastyChartArbitrary(), (chart) => {
        const first = serializeOrgchart(chart);
        const again = serializeOrgchart(chartOf(run(JSON.stringify(first), "chart.json")));
        expect(again).toEqual(first);
      }),
      { numRuns: 150 },
    );
  });

  it("names the path of a bad field", () => {
    const problems = problemsOf(run(JSON.stringify({ format: "orgchart/v1", name: "x", nodes: [{ id: "a", title: "" }], edges: [] }), "x.json"));
    expect(describeImportProblems(problems, "en")[0]).toContain("nodes[0].title");
  });
});

describe("importFile: CSV from HR systems", () => {
  it("OrgChart Now: PersonID, SupervisorID, Name, Title, Department", () => {
    const outcome = run("PersonID,SupervisorID,Name,Title,Department\n1,,Ada Rossi,CEO,Direzione\n2,1,Bruno Bianchi,CIO,IT\n3,2,Carla Verdi,Sysadmin,IT\n");
    const chart = chartOf(outcome);
    expect(outcome.csv?.mapping.managerKey).toBe("id");
    expect(managerOf(chart, "3")).toBe("2");
    expect(chart.nodes.find((node) => node.id === "2")).toMatchObject({ title: "CIO", person: "Bruno Bianchi" });
    // Departments: one node each, under the department's highest-placed member.
    const it = chart.nodes.find((node) => node.kind === "department" && node.title === "IT");
    expect(it).toBeDefined();
    expect(managerOf(chart, it?.id ?? "")).toBe("2");
    if (!outcome.result.ok) throw new Error();
    expect(outcome.result.departments.map((department) => [department.name, department.members])).toEqual([["Direzione", 1], ["IT", 2]]);
  });

  it("Visio's wizard: Name, Reports_To holding the manager's name", () => {
    const chart = chartOf(run("Name,Title,Reports_To\nAda,CEO,\nBruno,CTO,Ada\n"));
    expect(managerOf(chart, byPerson(chart, "Bruno") ?? "")).toBe(byPerson(chart, "Ada"));
  });

  it("Google Sheets: name and the manager's name, matched regardless of case and accents", () => {
    const chart = chartOf(run("name,title,manager\nNicolò Bär,CEO,\nEva,CIO,nicolo bar\n"));
    expect(managerOf(chart, byPerson(chart, "Eva") ?? "")).toBe(byPerson(chart, "Nicolò Bär"));
  });

  it("ChartHop / BambooHR: the manager's email", () => {
    const outcome = run("Name,Email,Job Title,Manager Email\nAda,ada@x.it,CEO,\nBruno,bruno@x.it,CTO,ADA@x.it\n");
    expect(outcome.csv?.mapping.managerKey).toBe("email");
    const chart = chartOf(outcome);
    expect(managerOf(chart, byPerson(chart, "Bruno") ?? "")).toBe(byPerson(chart, "Ada"));
  });

  it("Organimi: Boss ID", () => {
    const chart = chartOf(run("ID,Name,Position,Boss ID\n10,Ada,CEO,\n11,Bruno,CTO,10\n"));
    expect(managerOf(chart, "11")).toBe("10");
  });

  it("an Italian HR export: semicolons, BOM, Matricola, Nome, Qualifica, Responsabile, Reparto", () => {
    const text = "\uFEFFMatricola;Nome;Qualifica;Responsabile;Reparto;Responsabilità\n" +
      'A1;Mario Rossi;Amministratore delegato;;Direzione;\nA2;Lucia Neri;"Direttore ""Sistemi""; IT";A1;Sistemi informativi;"Gestire i fornitori; budget IT"\n';
    const outcome = run(text);
    expect(outcome.csv?.delimiter).toBe(";");
    expect(outcome.csv?.header[0]).toBe("Matricola");
    const chart = chartOf(outcome);
    expect(chart.nodes.find((node) => node.id === "A2")).toMatchObject({ title: 'Direttore "Sistemi"; IT', person: "Lucia Neri" });
    expect(chart.nodes.find((node) => node.id === "A2")?.responsibilities.map((r) => r.text)).toEqual(["Gestire i fornitori", "budget IT"]);
    expect(managerOf(chart, "A2")).toBe("A1");
  });

  it("tab-separated, with quoted line breaks and dotted-line managers", () => {
    const chart = chartOf(run('id\tname\ttitle\tmanager\tdotted line managers\n1\tAda\tCEO\t\t\n2\tBo\tCIO\t1\t\n3\tCy\t"Head of\nData"\t1\t2\n'));
    expect(chart.nodes.find((node) => node.id === "3")?.title).toBe("Head of\nData");
    expect(chart.edges.filter((edge) => edge.kind === "dotted").map((edge) => [edge.source, edge.target])).toEqual([["2", "3"]]);
  });

  it("Windows-1252 from Excel: € and curly quotes come out right", () => {
    const bytes = iconv.encode("Nome;Qualifica;Responsabile\nZoë;Responsabile “Budget” €;\n", "windows-1252");
    const outcome = run(new Uint8Array(bytes));
    expect(outcome.csv?.encoding).toBe("windows-1252");
    expect(chartOf(outcome).nodes[0]).toMatchObject({ person: "Zoë", title: "Responsabile “Budget” €" });
  });

  it("several people without a manager are fine", () => {
    expect(chartOf(run("Name,Title,Manager\nAda,CEO,\nBo,Chair,\n")).nodes).toHaveLength(2);
  });

  it("honours a changed mapping", () => {
    const first = run("Name,Title,Boss\nAda,CEO,\nBo,CTO,Ada\n");
    const mapping = first.csv?.mapping;
    if (!mapping) throw new Error();
    const swapped = run("Name,Title,Boss\nAda,CEO,\nBo,CTO,Ada\n", "x.csv", { mapping: { ...mapping, columns: { ...mapping.columns, name: 1, title: 0, manager: null } } });
    expect(chartOf(swapped).nodes[0]).toMatchObject({ title: "Ada", person: "CEO" });
  });
});

describe("importFile refuses a bad file as a whole, naming row and column", () => {
  const lines = (outcome: ImportOutcome) => describeImportProblems(problemsOf(outcome), "en");

  it("a manager not in the file (all of them listed)", () => {
    expect(lines(run("ID,Name,Title,Boss ID\n1,Ada,CEO,\n2,Bo,CTO,9\n3,Cy,CIO,8\n"))).toEqual([
      "Row 3, column “Boss ID”: The manager “9” is not in the file.",
      "Row 4, column “Boss ID”: The manager “8” is not in the file.",
    ]);
  });

  it("a manager name that matches two people", () => {
    expect(lines(run("Name,Title,Manager\nAda,CEO,\nAda,CFO,\nBo,CTO,Ada\n"))).toEqual(["Row 4, column “Manager”: The manager “Ada” matches several people (rows 2, 3)."]);
  });

  it("a reporting cycle, naming its rows", () => {
    expect(lines(run("ID,Name,Title,Boss ID\n1,Ada,CEO,\n2,Bo,CTO,3\n3,Cy,CIO,4\n4,Di,CFO,2\n"))).toEqual([
      "Row 3, column “Boss ID”: Reporting cycle: rows 3, 4, 5 report to each other in a loop.",
    ]);
  });

  it("a duplicate id", () => {
    expect(lines(run("ID,Name,Title\n1,Ada,CEO\n1,Bo,CTO\n"))).toEqual(["Row 3, column “ID”: The id “1” is already used in row 2."]);
  });

  it("an empty title and no name", () => {
    expect(lines(run("Name,Title,Notes\nAda,CEO,\n , ,x\n"))).toEqual(["Row 3, column “Title”: The row has neither a title nor a name."]);
  });

  it("a file over the documented limits", () => {
    expect(problemsOf(run(new Uint8Array(IMPORT_LIMITS.bytes + 1)))[0]?.code).toBe("too-large");
    const rows = Array.from({ length: IMPORT_LIMITS.rows + 1 }, (_, i) => `P${i},T`).join("\n");
    expect(lines(run(`Name,Title\n${rows}\n`))[0]).toBe(`The file has ${IMPORT_LIMITS.rows + 1} rows; at most ${IMPORT_LIMITS.rows} can be imported.`);
  });

  it("an unterminated quote", () => {
    expect(problemsOf(run('Name,Title\nAda,"CEO\n'))[0]?.code).toBe("csv-syntax");
  });

  it("speaks Italian too", () => {
    expect(describeImportProblems(problemsOf(run("ID,Nome,Qualifica,Responsabile\n1,Ada,CEO,7\n")), "it")).toEqual([
      "Riga 2, colonna «Responsabile»: Il responsabile «7» non è nel file.",
    ]);
  });
});
