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

export async function benchImport(): Promise<TFigure[]> {
  const { docx, txt, pages } = await thirtyPages();
  const template = getTemplate();
  const run = (bytes: Uint8Array) => async () => proposeImport(await readSource(bytes), template);
  await run(docx)();
  await run(txt)();
  return [
    figure(`导入 .docx（${pages} 页，20 次中位数）`, median(await timeIt(20, run(docx))), 'ms', 300),
    figure(`导入 .txt（${pages} 页，20 次中位数）`, median(await timeIt(20, run(txt))), 'ms', 100),
  ];
}
