import ExcelJS from 'exceljs';
import type { Test } from 'supertest';

/** Reads a spreadsheet answer (e.g. GET …/export.xlsx) into a workbook; expects 200. */
export async function xlsxBody(request: Test): Promise<ExcelJS.Workbook> {
  const res = await request
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    })
    .expect(200);
  const book = new ExcelJS.Workbook();
  const bytes = res.body as Buffer;
  // exceljs types its input as an ArrayBuffer-like Buffer of its own.
  await book.xlsx.load(
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length) as ArrayBuffer,
  );
  return book;
}
