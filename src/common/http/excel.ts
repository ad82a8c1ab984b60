/**
 * ExcelJS (and the zip libraries under it) is loaded on the first spreadsheet a request reads or
 * writes, not at start: most instances never make one, and loaded it holds some 15 MB.
 */
type ExcelJs = typeof import('exceljs');
let excel: Promise<ExcelJs> | undefined;

export function loadExcel(): Promise<ExcelJs> {
  // A CommonJS package: its exports are the default of the ES module namespace.
  return (excel ??= import('exceljs').then((m) => (m as { default?: ExcelJs }).default ?? m));
}
