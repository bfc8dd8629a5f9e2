import { z } from "zod";
import { IMPORT_LIMITS } from "./import-limits";
import type { CsvTable } from "./parse-csv-table";

/** The chart fields a column can fill. */
export const CSV_FIELDS = ["id", "name", "title", "manager", "email", "department", "dotted", "responsibilities", "role", "kind"] as const;
export type CsvField = (typeof CSV_FIELDS)[number];

export const MANAGER_KEYS = ["id", "email", "name"] as const;
export type ManagerKey = (typeof MANAGER_KEYS)[number];

const column = z.number().int().min(0).max(IMPORT_LIMITS.columns - 1).nullable();

/** Which column fills which field (null: none), and what the manager columns refer to. */
export const csvMappingSchema = z.object({
  columns: z.object({
    id: column,
    name: column,
    title: column,
    manager: column,
    email: column,
    department: column,
    dotted: column,
    responsibilities: column,
    role: column,
    kind: column,
  }),
  managerKey: z.enum(MANAGER_KEYS),
  /** Our own export (an `orgplan_id` column): cells are restored exactly, nothing trimmed. */
  orgplan: z.boolean(),
});
export type CsvMapping = z.infer<typeof csvMappingSchema>;

/** The header our export writes, in order; `orgplan_id` marks the file as ours. */
export const ORGPLAN_HEADER = ["orgplan_id", "name", "title", "role", "kind", "manager_id", "dotted_manager_ids", "responsibilities"] as const;
const ORGPLAN_FIELDS: Record<(typeof ORGPLAN_HEADER)[number], CsvField> = {
  orgplan_id: "id",
  name: "name",
  title: "title",
  role: "role",
  kind: "kind",
  manager_id: "manager",
  dotted_manager_ids: "dotted",
  responsibilities: "responsibilities",
};

export function foldHeader(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]/g, "");
}

/**
 * Headers of the usual exports, folded: OrgChart Now (PersonID, SupervisorID, Name, Title,
 * Department), Visio's wizard (Name, Reports_To), Google Sheets (name, manager's name), ChartHop
 * and BambooHR (manager's email), Organimi (Boss ID) and Italian HR exports (Matricola, Nome,
 * Qualifica, Responsabile, Reparto). Earlier entries win when two columns could fill one field.
 */
const ALIASES: Record<Exclude<CsvField, "role" | "kind">, string[]> = {
  id: ["personid", "id", "employeeid", "employeenumber", "employeeno", "empid", "matricola", "idmatricola", "codicedipendente", "iddipendente", "userid", "positionid", "staffid", "codice"],
  name: ["name", "fullname", "employeename", "employee", "nome", "nomecognome", "nominativo", "cognomenome", "dipendente", "persona", "person", "displayname"],
  title: ["title", "jobtitle", "positiontitle", "position", "role", "jobrole", "designation", "qualifica", "ruolo", "mansione", "titolo", "posizione", "incarico"],
  manager: [
    "supervisorid",
    "reportsto",
    "bossid",
    "managerid",
    "manageremail",
    "supervisoremail",
    "reportstoemail",
    "managername",
    "manager",
    "supervisor",
    "boss",
    "linemanager",
    "responsabile",
    "responsabilediretto",
    "idresponsabile",
    "matricolaresponsabile",
    "emailresponsabile",
    "capo",
    "superiore",
  ],
  email: ["email", "emailaddress", "workemail", "mail", "posta", "postaelettronica", "indirizzoemail"],
  department: ["department", "dept", "division", "reparto", "dipartimento", "ufficio", "funzione", "area", "team", "unitaorganizzativa"],
  dotted: ["dottedline", "dottedlinemanager", "dottedlinemanagers", "dottedlinemanagerids", "dottedlinemanageremails", "matrixmanager", "matrixmanagers", "riportofunzionale", "riportifunzionali", "responsabilefunzionale", "responsabilifunzionali"],
  responsibilities: ["responsibilities", "responsibility", "duties", "responsabilita", "compiti", "attivita"],
};

export function emptyMapping(): CsvMapping {
  return {
    columns: { id: null, name: null, title: null, manager: null, email: null, department: null, dotted: null, responsibilities: null, role: null, kind: null },
    managerKey: "name",
    orgplan: false,
  };
}

/**
 * The default mapping for a table: our own export by its exact header, otherwise by the usual
 * headers in Italian and English. What the manager column refers to (an id, an email or a name)
 * is judged from its values: whichever the most of them match.
 */
export function detectMapping(table: Pick<CsvTable, "header" | "records">): CsvMapping {
  const mapping = emptyMapping();
  const folded = table.header.map(foldHeader);
  if (table.header[0] === "orgplan_id") {
    table.header.forEach((header, index) => {
      const field = ORGPLAN_FIELDS[header as (typeof ORGPLAN_HEADER)[number]];
      if (field !== undefined && mapping.columns[field] === null) mapping.columns[field] = index;
    });
    return { ...mapping, managerKey: "id", orgplan: true };
  }
  const taken = new Set<number>();
  for (const field of Object.keys(ALIASES) as (keyof typeof ALIASES)[]) {
    for (const alias of ALIASES[field]) {
      const index = folded.findIndex((header, i) => header === alias && !taken.has(i));
      if (index >= 0) {
        mapping.columns[field] = index;
        taken.add(index);
        break;
      }
    }
  }
  mapping.managerKey = guessManagerKey(table, mapping);
  return mapping;
}

export function guessManagerKey(table: Pick<CsvTable, "header" | "records">, mapping: CsvMapping): ManagerKey {
  const { manager, id, email, name } = mapping.columns;
  if (manager === null) return id !== null ? "id" : "name";
  const valuesOf = (index: number | null, normalise: (text: string) => string) =>
    new Set(index === null ? [] : table.records.map((record) => normalise(record.cells[index] ?? "")).filter((value) => value !== ""));
  const ids = valuesOf(id, (text) => text.trim());
  const emails = valuesOf(email, normaliseEmail);
  const names = valuesOf(name, foldName);
  const counts: Record<ManagerKey, number> = { id: 0, email: 0, name: 0 };
  for (const record of table.records) {
    const value = record.cells[manager] ?? "";
    if (value.trim() === "") continue;
    if (ids.has(value.trim())) counts.id++;
    if (emails.has(normaliseEmail(value))) counts.email++;
    if (names.has(foldName(value))) counts.name++;
  }
  const best = (["id", "email", "name"] as const).reduce((a, b) => (counts[b] > counts[a] ? b : a));
  if (counts[best] > 0) return best;
  // Nothing matched (every manager unknown): follow the header so the errors speak of the right thing.
  const header = foldHeader(table.header[manager] ?? "");
  if (header.includes("email") || header.includes("mail")) return "email";
  if (header.endsWith("id") || header.includes("matricola")) return id !== null ? "id" : "name";
  return "name";
}

export function normaliseEmail(text: string): string {
  return text.trim().toLowerCase();
}

/** Names match regardless of case, accents and spacing: "Rossi  Mario" is "rossi mario". */
export function foldName(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}
