/** The media type of an .xlsx workbook (Excel 2007+, WPS). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** OpenAPI content of a CSV download (UTF-8 with BOM). */
export const CSV_CONTENT = { 'text/csv': { schema: { type: 'string' } } };

/** OpenAPI content of an .xlsx download. */
export const XLSX_CONTENT = { [XLSX_TYPE]: { schema: { type: 'string', format: 'binary' } } };
