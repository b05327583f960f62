import { readFileSync } from 'node:fs';
import { renderDocx } from '../lib/docx/render-docx';
import { proposeImport } from '../lib/import/propose-import';
import { readSource } from '../lib/import/read-source';
import { documentBlocks } from '../lib/report/document-blocks';
import { layoutPages } from '../lib/preview/layout-pages';
import { getTemplate } from '../lib/template/get-template';
import { scaledReport } from './scaled-report';
import { figure, median, timeIt, type TFigure } from './stats';

/** A report of about 30 pages, as a .docx and as plain text. */
async function thirtyPages(): Promise<{ docx: Uint8Array; txt: Uint8Array; pages: number }> {
  const template = getTemplate();
  let chars = 12_000;
  let report = scaledReport(chars);
  while (layoutPages(documentBlocks(report, template)).length < 30) report = scaledReport((chars += 1_000));
  const blocks = documentBlocks(report, template);
  const text = blocks.map((b) => ('lines' in b ? b.lines.join('') : 'text' in b ? b.text : '')).join('\n');
  return { docx: await renderDocx(report), txt: new TextEncoder().encode(text), pages: layoutPages(blocks).length };
}

/** The same 30-page report as LibreOffice publishes it to PDF (made once, kept as a fixture: the bench
 * needs no LibreOffice). */
const thirtyPagePdf = () => new Uint8Array(readFileSync(new URL('../tests/fixtures/import/thirty-pages.pdf', import.meta.url)));

export async function benchImport(): Promise<TFigure[]> {
  const { docx, txt, pages } = await thirtyPages();
  const pdf = thirtyPagePdf();
  const template = getTemplate();
  const run = (bytes: Uint8Array) => async () => proposeImport(await readSource(bytes), template);
  await run(docx)();
  await run(txt)();
  await run(pdf)();
  return [
    figure(`导入 .docx（${pages} 页，20 次中位数）`, median(await timeIt(20, run(docx))), 'ms', 300),
    figure(`导入 .txt（${pages} 页，20 次中位数）`, median(await timeIt(20, run(txt))), 'ms', 100),
    figure('导入 PDF（LibreOffice 导出的 33 页，10 次中位数）', median(await timeIt(10, run(pdf))), 'ms', 500),
  ];
}
