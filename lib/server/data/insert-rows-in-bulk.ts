import type { Tx } from "../create-prisma-client";
import { Prisma } from "../generated/sqlite/client";
import type { ColumnType } from "./update-rows-in-bulk";

const MAX_PARAMETERS = 3000;
// The same casts as updateRowsInBulk: untyped parameters would be text in PostgreSQL, and
// booleans travel as 0/1 because SQLite has no boolean type.
const VALUE: Record<ColumnType, string> = { text: "?", float: "CAST(? AS DOUBLE PRECISION)", int: "CAST(? AS INTEGER)", bool: "(CAST(? AS INTEGER) <> 0)" };

/**
 * Inserts many rows in a few multi-row INSERT statements. Prisma's createMany costs about a
 * quarter of a millisecond a row on the driver adapters, which alone would spend most of a
 * 10,000-person import's 3 seconds; one raw statement per few hundred rows does not. The SQL is
 * the same on SQLite and PostgreSQL; Prisma renders the placeholders.
 */
export async function insertRowsInBulk<Row extends object>(
  tx: Tx,
  table: "ChartNode" | "ChartEdge" | "Responsibility",
  columns: Record<keyof Row & string, ColumnType>,
  rows: readonly Row[],
): Promise<void> {
  const names = Object.keys(columns) as (keyof Row & string)[];
  if (rows.length === 0) return;
  const rowTemplate = `(${names.map((name) => VALUE[columns[name]]).join(", ")})`;
  const head = `INSERT INTO "${table}" (${names.map((name) => `"${name}"`).join(", ")}) VALUES `;
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / names.length));
  for (let start = 0; start < rows.length; start += chunk) {
    const slice = rows.slice(start, start + chunk);
    const values: unknown[] = [];
    for (const row of slice) {
      for (const name of names) {
        const value = row[name] as unknown;
        values.push(typeof value === "boolean" ? Number(value) : (value ?? null));
      }
    }
    // A Prisma.Sql built from its pieces: the template tag would nest one Sql object per cell.
    const sql = `${head}${slice.map(() => rowTemplate).join(", ")}`;
    const strings = sql.split("?");
    await tx.$executeRaw(new Prisma.Sql(strings, values));
  }
}
