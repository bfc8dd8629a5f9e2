/** Words of import and export (components/io, the reports, the CLI's messages). Same keys in both languages. */
export const io = {
  en: {
    "io.problem.too-large": "The file is {size} bytes; at most {max} bytes can be imported.",
    "io.problem.too-many-rows": "The file has {count} rows; at most {max} can be imported.",
    "io.problem.too-many-columns": "The file has {count} columns; at most {max} can be imported.",
    "io.problem.empty-file": "The file is empty.",
    "io.problem.not-json": "The file is not valid JSON: {detail}",
    "io.problem.invalid-json-chart": "{path}: {detail}",
    "io.problem.csv-syntax": "The CSV cannot be read: {detail}",
    "io.problem.no-title-column": "No column is mapped to the title or the name: choose at least one.",
    "io.problem.missing-id": "The id is empty.",
    "io.problem.duplicate-id": "The id “{value}” is already used in row {firstRow}.",
    "io.problem.empty-title-and-name": "The row has neither a title nor a name.",
    "io.problem.unknown-manager": "The manager “{value}” is not in the file.",
    "io.problem.ambiguous-manager": "The manager “{value}” matches several people (rows {rows}).",
    "io.problem.self-manager": "The person is their own manager (“{value}”).",
    "io.problem.cycle": "Reporting cycle: rows {rows} report to each other in a loop.",
    "io.problem.too-long": "The text is {length} characters long; at most {max}.",
    "io.problem.too-many-responsibilities": "{count} responsibilities; at most {max} per person.",
    "io.problem.invalid-kind": "Unknown kind “{value}”: use “role” or “department”.",
    "io.problem.where": "Row {row}, column “{column}”: ",
    "io.problem.whereRow": "Row {row}: ",
    "io.problem.more": "…and {count} more problems.",
  },
  it: {
    "io.problem.too-large": "Il file è di {size} byte; si possono importare al massimo {max} byte.",
    "io.problem.too-many-rows": "Il file ha {count} righe; se ne possono importare al massimo {max}.",
    "io.problem.too-many-columns": "Il file ha {count} colonne; se ne possono importare al massimo {max}.",
    "io.problem.empty-file": "Il file è vuoto.",
    "io.problem.not-json": "Il file non è un JSON valido: {detail}",
    "io.problem.invalid-json-chart": "{path}: {detail}",
    "io.problem.csv-syntax": "Il CSV non è leggibile: {detail}",
    "io.problem.no-title-column": "Nessuna colonna è associata al titolo o al nome: scegline almeno una.",
    "io.problem.missing-id": "L'identificativo è vuoto.",
    "io.problem.duplicate-id": "L'identificativo «{value}» è già usato alla riga {firstRow}.",
    "io.problem.empty-title-and-name": "La riga non ha né un titolo né un nome.",
    "io.problem.unknown-manager": "Il responsabile «{value}» non è nel file.",
    "io.problem.ambiguous-manager": "Il responsabile «{value}» corrisponde a più persone (righe {rows}).",
    "io.problem.self-manager": "La persona è responsabile di sé stessa («{value}»).",
    "io.problem.cycle": "Ciclo di riporti: le righe {rows} si riportano a vicenda in un anello.",
    "io.problem.too-long": "Il testo è lungo {length} caratteri; al massimo {max}.",
    "io.problem.too-many-responsibilities": "{count} responsabilità; al massimo {max} per persona.",
    "io.problem.invalid-kind": "Tipo sconosciuto «{value}»: usa «role» o «department».",
    "io.problem.where": "Riga {row}, colonna «{column}»: ",
    "io.problem.whereRow": "Riga {row}: ",
    "io.problem.more": "…e altri {count} problemi.",
  },
} as const;

export type IoMessageKey = keyof typeof io.en;
type SameKeys = typeof io.it extends Record<IoMessageKey, string> ? true : never;
const _itHasEveryKey: SameKeys = true;
void _itHasEveryKey;
