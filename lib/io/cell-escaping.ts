/**
 * Spreadsheets run a cell that starts with = + - @ (and, in some, tab, CR or LF) as a formula.
 * Our CSV prefixes such cells with an apostrophe, which spreadsheets show as text. A cell that
 * already starts with an apostrophe gets one too, so that re-importing our own file can remove
 * exactly one from every cell that has one and restore the original text.
 */
const NEEDS_PREFIX = /^[=+\-@\t\r\n']/;

export function neutraliseCell(text: string): string {
  return NEEDS_PREFIX.test(text) ? `'${text}` : text;
}

export function restoreCell(text: string): string {
  return text.startsWith("'") ? text.slice(1) : text;
}

/**
 * Lists (responsibilities, dotted-line managers) share one cell, separated by `;`. In our own
 * files a `;` or `\` inside a value is escaped with `\`, so that any text comes back as it was.
 */
export function joinList(values: readonly string[]): string {
  return values.map((value) => value.replace(/[\\;]/g, (char) => `\\${char}`)).join(";");
}

export function splitEscapedList(cell: string): string[] {
  if (cell === "") return [];
  const values: string[] = [];
  let current = "";
  for (let i = 0; i < cell.length; i++) {
    const char = cell[i] as string;
    if (char === "\\" && i + 1 < cell.length) current += cell[++i];
    else if (char === ";") {
      values.push(current);
      current = "";
    } else current += char;
  }
  values.push(current);
  return values;
}

/** Other files: values separated by `;`, trimmed, blanks dropped. */
export function splitPlainList(cell: string): string[] {
  return cell
    .split(";")
    .map((value) => value.trim())
    .filter((value) => value !== "");
}
