/** A cell as the parser hands it over: text, number, boolean, a calendar date, or empty. */
export type Cell = string | number | boolean | { date: string } | null;

export interface ParsedRow {
  /** Row number as the user sees it in Excel or a text editor (the header is row 1). */
  row: number;
  cells: Cell[];
}

export interface FileProblem {
  row: number | null;
  column: string | null;
  message: string;
}

export interface ParseLimits {
  maxRows: number;
  /** Uncompressed bytes an xlsx may inflate to (declared and actually streamed). */
  maxInflatedBytes: number;
  /** Entries in the zip (a real workbook has a dozen or two). */
  maxEntries: number;
}

export type ParseResult =
  | {
      ok: true;
      format: 'xlsx' | 'csv';
      headers: string[];
      rows: ParsedRow[];
      problems: FileProblem[];
    }
  | { ok: false; problems: FileProblem[] };

/** Excel's column letters: 0 → A, 26 → AA. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}
