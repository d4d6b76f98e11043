// Tables as an XLSX workbook (one sheet each): bold frozen header, autofilter, column widths, days as
// date cells. The workbook's created/modified dates are the export date, so one export is repeatable.
import ExcelJS from 'exceljs';
import { isDayCell, type Table } from './table.js';

export interface WorkbookMeta {
  title: string;
  /** The export date (ISO day): the workbook's created/modified metadata. */
  date: string;
  /**
   * What the workbook shows (period, grouping, filter, plan, data per), as label–value rows: written
   * to the workbook's properties (subject, description) and to a sheet of its own after the data.
   */
  about?: { sheet: string; rows: [string, string][] };
}

export async function toXlsx(tables: Table[], meta: WorkbookMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const when = new Date(`${meta.date}T00:00:00Z`);
  workbook.creator = 'Veikart';
  workbook.lastModifiedBy = 'Veikart';
  workbook.title = meta.title;
  workbook.created = when;
  workbook.modified = when;
  if (meta.about) {
    workbook.subject = meta.about.rows.map(([k, v]) => `${k}: ${v}`).join(' · ');
    workbook.description = workbook.subject;
    workbook.keywords = 'veikart';
  }
  for (const table of tables) {
    const sheet = workbook.addWorksheet(table.name.slice(0, 31), {
      views: [{ state: 'frozen', ySplit: 1 }],
    });
    sheet.columns = table.columns.map((c) => ({ header: c.header, key: c.key, width: c.width ?? 14 }));
    sheet.getRow(1).font = { bold: true };
    for (const row of table.rows) {
      const added = sheet.addRow(
        row.map((cell) => (isDayCell(cell) ? new Date(`${cell.day}T00:00:00Z`) : cell)),
      );
      row.forEach((cell, i) => {
        if (isDayCell(cell)) added.getCell(i + 1).numFmt = 'yyyy-mm-dd';
      });
    }
    if (table.columns.length > 0) {
      sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
    }
  }
  if (meta.about) {
    const sheet = workbook.addWorksheet(meta.about.sheet.slice(0, 31));
    sheet.columns = [{ width: 22 }, { width: 90 }];
    sheet.addRow([meta.title]).font = { bold: true, size: 14 };
    for (const [k, v] of meta.about.rows) sheet.addRow([k, v]).getCell(1).font = { bold: true };
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
