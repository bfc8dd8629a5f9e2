import { CHART_LIMITS } from "../org/limits";
import { ORGCHART_FORMAT, parseOrgchart, type OrgchartV1, type OrgchartV1Edge, type OrgchartV1Node } from "./parse-orgchart";
import type { Chart } from "../org/types";
import { restoreCell, splitEscapedList, splitPlainList } from "./cell-escaping";
import { foldName, normaliseEmail, type CsvField, type CsvMapping } from "./csv-mapping";
import type { ImportProblem } from "./import-problem";
import type { CsvTable } from "./parse-csv-table";

export interface ImportedDepartment {
  id: string;
  name: string;
  /** The node the department hangs under: its highest-placed member. */
  headId: string;
  members: number;
}

export type CsvChartResult =
  | { ok: true; chart: Chart; departments: ImportedDepartment[] }
  | { ok: false; problems: ImportProblem[] };

interface Person {
  row: number;
  id: string;
  title: string;
  person: string | null;
  role: string | null;
  kind: "role" | "department";
  /** The column the title came from: a row without a title is titled with the name. */
  titleFrom: "title" | "name";
  email: string;
  manager: string;
  dotted: string[];
  department: string;
  responsibilities: string[];
}

/**
 * Turns a table into a chart with the given mapping, or refuses it whole with every problem found
 * (row and column named): unknown or ambiguous managers, reporting cycles, duplicate ids, rows
 * with neither title nor name, over-long cells. Several people without a manager are fine.
 *
 * Department nodes: every distinct value of the department column becomes one node of kind
 * "department", titled with that value, reporting to the department's highest-placed member (the
 * fewest steps from the top; the earlier row on a tie). Reporting lines between people stay as
 * in the file, so the department rules see the department in its head's branch.
 */
export function csvToChart(table: CsvTable, mapping: CsvMapping, name: string): CsvChartResult {
  const problems: ImportProblem[] = [];
  const add = (problem: ImportProblem) => problems.push(problem);
  const { columns } = mapping;
  const header = (field: CsvField) => {
    const index = columns[field];
    return index === null ? field : (table.header[index] ?? `#${index + 1}`);
  };
  if (columns.title === null && columns.name === null) add({ code: "no-title-column" });

  const cell = (cells: string[], field: CsvField): string => {
    const index = columns[field];
    if (index === null) return "";
    const raw = cells[index] ?? "";
    return mapping.orgplan ? restoreCell(raw) : raw.trim();
  };
  const list = (text: string) => (mapping.orgplan ? splitEscapedList(text) : splitPlainList(text));

  const people: Person[] = [];
  const byId = new Map<string, Person>();
  for (const { row, cells } of table.records) {
    const given = cell(cells, "id");
    const id = columns.id === null ? `row-${row}` : given;
    if (columns.id !== null && (mapping.orgplan ? given === "" : given.trim() === "")) {
      add({ code: "missing-id", row, column: header("id") });
      continue;
    }
    const personName = cell(cells, "name");
    const title = cell(cells, "title");
    if (title.trim() === "" && personName.trim() === "") {
      add({ code: "empty-title-and-name", row, column: header(columns.title === null ? "name" : "title") });
      continue;
    }
    const kindText = cell(cells, "kind");
    if (kindText !== "" && kindText !== "role" && kindText !== "department") add({ code: "invalid-kind", row, column: header("kind"), params: { value: kindText } });
    const person: Person = {
      row,
      id,
      title: title.trim() === "" ? personName : title,
      person: title.trim() === "" || personName.trim() === "" ? null : personName,
      role: cell(cells, "role") || null,
      kind: kindText === "department" ? "department" : "role",
      titleFrom: title.trim() === "" ? "name" : "title",
      email: normaliseEmail(cell(cells, "email")),
      manager: cell(cells, "manager"),
      dotted: list(cell(cells, "dotted")),
      department: cell(cells, "department").trim(),
      responsibilities: list(cell(cells, "responsibilities")),
    };
    checkLengths(person, header, add);
    const previous = byId.get(id);
    if (previous) {
      add({ code: "duplicate-id", row, column: header("id"), params: { value: id, firstRow: previous.row } });
      continue;
    }
    byId.set(id, person);
    people.push(person);
  }

  const lookup = managerLookup(people, mapping);
  const managerOf = new Map<string, string>();
  const dottedOf = new Map<string, string[]>();
  for (const person of people) {
    if (mapping.orgplan ? person.manager !== "" : person.manager.trim() !== "") {
      const found = resolve(lookup, person.manager, person, header("manager"), add);
      if (found !== null) managerOf.set(person.id, found);
    }
    const dotted: string[] = [];
    for (const value of person.dotted) {
      const found = resolve(lookup, value, person, header("dotted"), add);
      if (found !== null && found !== managerOf.get(person.id) && !dotted.includes(found)) dotted.push(found);
    }
    dottedOf.set(person.id, dotted);
  }
  if (problems.length === 0) problems.push(...findCycles(people, managerOf, header("manager")));
  if (problems.length > 0) return { ok: false, problems };

  const departments = departmentNodes(people, managerOf, byId);
  if (people.length + departments.length > CHART_LIMITS.nodes) {
    return { ok: false, problems: [{ code: "too-many-rows", params: { count: people.length + departments.length, max: CHART_LIMITS.nodes } }] };
  }

  const nodes: OrgchartV1Node[] = people.map((person) => ({
    id: person.id,
    title: person.title,
    person: person.person,
    role: person.role,
    kind: person.kind,
    responsibilities: person.responsibilities,
  }));
  const edges: OrgchartV1Edge[] = [];
  for (const person of people) {
    const manager = managerOf.get(person.id);
    if (manager !== undefined) edges.push({ source: manager, target: person.id });
  }
  for (const person of people) for (const source of dottedOf.get(person.id) ?? []) edges.push({ source, target: person.id, kind: "dotted" });
  for (const department of departments) {
    nodes.push({ id: department.id, title: department.name, kind: "department" });
    edges.push({ source: department.headId, target: department.id });
  }

  const document: OrgchartV1 = { format: ORGCHART_FORMAT, name, nodes, edges };
  const parsed = parseOrgchart(document);
  if (!parsed.ok) {
    // A safety net: the checks above should have named the row already.
    return {
      ok: false,
      problems: parsed.errors.map((error) => {
        const nodeIndex = /^nodes\[(\d+)\]/.exec(error.path)?.[1];
        const row = nodeIndex === undefined ? undefined : people[Number(nodeIndex)]?.row;
        return { code: "invalid-json-chart", ...(row === undefined ? {} : { row }), params: { path: error.path, detail: error.message } };
      }),
    };
  }
  return { ok: true, chart: parsed.chart, departments };
}

function checkLengths(person: Person, header: (field: CsvField) => string, add: (problem: ImportProblem) => void) {
  const { row } = person;
  const tooLong = (field: CsvField, text: string | null, max: number) => {
    if (text !== null && text.length > max) add({ code: "too-long", row, column: header(field), params: { length: text.length, max } });
  };
  tooLong("id", person.id, CHART_LIMITS.id);
  tooLong(person.titleFrom, person.title, CHART_LIMITS.title);
  tooLong("name", person.person, CHART_LIMITS.person);
  tooLong("role", person.role, CHART_LIMITS.role);
  tooLong("department", person.department, CHART_LIMITS.title);
  if (person.responsibilities.length > CHART_LIMITS.responsibilities) {
    add({ code: "too-many-responsibilities", row, column: header("responsibilities"), params: { count: person.responsibilities.length, max: CHART_LIMITS.responsibilities } });
  }
  const longest = person.responsibilities.find((text) => text.length > CHART_LIMITS.responsibilityText);
  if (longest !== undefined) tooLong("responsibilities", longest, CHART_LIMITS.responsibilityText);
}

type Lookup = (value: string) => Person[];

function managerLookup(people: Person[], mapping: CsvMapping): Lookup {
  const index = new Map<string, Person[]>();
  const keyOf =
    mapping.managerKey === "id" ? (person: Person) => person.id : mapping.managerKey === "email" ? (person: Person) => person.email : (person: Person) => foldName(person.person ?? person.title);
  const normalise = mapping.managerKey === "id" ? (text: string) => (mapping.orgplan ? text : text.trim()) : mapping.managerKey === "email" ? normaliseEmail : foldName;
  for (const person of people) {
    const key = keyOf(person);
    if (key === "") continue;
    const list = index.get(key);
    if (list) list.push(person);
    else index.set(key, [person]);
  }
  return (value) => index.get(normalise(value)) ?? [];
}

function resolve(lookup: Lookup, value: string, person: Person, column: string, add: (problem: ImportProblem) => void): string | null {
  const found = lookup(value);
  const { row } = person;
  if (found.length === 0) {
    add({ code: "unknown-manager", row, column, params: { value } });
    return null;
  }
  if (found.length > 1) {
    add({ code: "ambiguous-manager", row, column, params: { value, rows: found.map((candidate) => candidate.row).join(", ") } });
    return null;
  }
  const manager = found[0] as Person;
  if (manager.id === person.id) {
    add({ code: "self-manager", row, column, params: { value } });
    return null;
  }
  return manager.id;
}

function findCycles(people: Person[], managerOf: Map<string, string>, column: string): ImportProblem[] {
  const rowOf = new Map(people.map((person) => [person.id, person.row]));
  const state = new Map<string, "walking" | "done">();
  const problems: ImportProblem[] = [];
  for (const person of people) {
    const path: string[] = [];
    let current: string | undefined = person.id;
    while (current !== undefined && state.get(current) === undefined) {
      state.set(current, "walking");
      path.push(current);
      current = managerOf.get(current);
    }
    if (current !== undefined && state.get(current) === "walking") {
      const cycle = path.slice(path.indexOf(current));
      const rows = cycle.map((id) => rowOf.get(id) as number).sort((a, b) => a - b);
      problems.push({ code: "cycle", row: rows[0] as number, column, params: { rows: rows.join(", ") } });
    }
    for (const id of path) state.set(id, "done");
  }
  return problems;
}

function departmentNodes(people: Person[], managerOf: Map<string, string>, byId: Map<string, Person>): ImportedDepartment[] {
  const depth = new Map<string, number>();
  const depthOf = (id: string): number => {
    const known = depth.get(id);
    if (known !== undefined) return known;
    const chain: string[] = [];
    let current: string | undefined = id;
    while (current !== undefined && !depth.has(current)) {
      chain.push(current);
      current = managerOf.get(current);
    }
    let value = current === undefined ? -1 : (depth.get(current) as number);
    for (let i = chain.length - 1; i >= 0; i--) depth.set(chain[i] as string, ++value);
    return depth.get(id) as number;
  };
  const groups = new Map<string, { name: string; head: Person; members: number }>();
  for (const person of people) {
    if (person.department === "") continue;
    const key = foldName(person.department);
    const group = groups.get(key);
    if (!group) groups.set(key, { name: person.department, head: person, members: 1 });
    else {
      group.members++;
      if (depthOf(person.id) < depthOf(group.head.id)) group.head = person;
    }
  }
  const used = new Set(byId.keys());
  return [...groups.values()].map((group) => {
    const base = `dept-${slug(group.name)}`.slice(0, CHART_LIMITS.id - 6);
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return { id, name: group.name, headId: group.head.id, members: group.members };
  });
}

function slug(text: string): string {
  return foldName(text).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "") || "x";
}
