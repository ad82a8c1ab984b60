/** The media type of an .xlsx workbook (Excel 2007+, WPS). */
export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
