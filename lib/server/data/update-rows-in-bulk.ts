import type { Tx } from "../create-prisma-client";
import { Prisma } from "../generated/sqlite/client";


/** Column types for the casts: untyped parameters would be text in PostgreSQL. */
export type ColumnType = "text" | "float" | "int" | "bool";
// Booleans travel as 0/1 (SQLite has no boolean type) and are compared back to a boolean below.
const CAST: Record<ColumnType, string> = { text: "TEXT", float: "DOUBLE PRECISION", int: "INTEGER", bool: "INTEGER" };
const MAX_PARAMETERS = 3000;

/**
 * Updates many rows of one chart in a few statements instead of one round trip per row: a 10,000-
 * node auto-layout must save well inside a transaction's time limit. The SQL (a CTE of VALUES and
 * correlated sub-selects) is the same on SQLite and PostgreSQL; Prisma renders the placeholders.
 */
export async function updateRowsInBulk<Row extends { id: string }>(
  tx: Tx,
  table: "ChartNode" | "ChartEdge",
  chartId: string,
  columns: Partial<Record<Exclude<keyof Row, "id"> & string, ColumnType>>,
  rows: readonly Row[],
): Promise<void> {
  const names = Object.keys(columns) as (Exclude<keyof Row, "id"> & string)[];
  if (rows.length === 0 || names.length === 0) return;
  const typeOf = (name: string) => columns[name as keyof typeof columns] as ColumnType;
  const cteColumns = ["id", ...names].map((name) => `"${name}"`).join(", ");
  const setClause = names
    .map((name) => {
      const pick = `(SELECT v."${name}" FROM v WHERE v."id" = "${table}"."id")`;
      return typeOf(name) === "bool" ? `"${name}" = (${pick} <> 0)` : `"${name}" = ${pick}`;
    })
    .join(", ");
  const chunk = Math.max(1, Math.floor(MAX_PARAMETERS / (names.length + 1)));
  for (let start = 0; start < rows.length; start += chunk) {
    const values = rows.slice(start, start + chunk).map((row) => {
      const cells = [
        Prisma.sql`CAST(${row.id} AS TEXT)`,
        ...names.map((name) => {
          const value = row[name] as unknown;
          const bound = typeof value === "boolean" ? Number(value) : value;
          return Prisma.sql`CAST(${bound} AS ${Prisma.raw(CAST[typeOf(name)])})`;
        }),
      ];
      return Prisma.sql`(${Prisma.join(cells)})`;
    });
    await tx.$executeRaw(
      Prisma.sql`WITH v(${Prisma.raw(cteColumns)}) AS (VALUES ${Prisma.join(values)})
        UPDATE ${Prisma.raw(`"${table}"`)} SET ${Prisma.raw(setClause)}
        WHERE "chartId" = ${chartId} AND "id" IN (SELECT v."id" FROM v)`,
    );
  }
}
