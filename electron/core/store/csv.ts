// RFC 4180 CSV for the audit-log export, defused for spreadsheets: a cell that starts with
// = + - @ (or a tab/CR) is prefixed with ' so Excel does not run it as a formula.
const FORMULA_START = /^[=+\-@\t\r]/;

/** What a cell holds: words already, never an object (a Message must be formatted first). */
export type CsvValue = string | number | boolean | null | undefined;

function csvCell(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : String(value);
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(header: readonly string[], rows: ReadonlyArray<readonly CsvValue[]>): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
