import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Whether LibreOffice and poppler are installed (.ci/run installs both; a developer machine may not). */
export const hasLibreOffice = spawnSync('soffice', ['--version']).status === 0 && spawnSync('pdftotext', ['-v']).status === 0;

export type TPdfLine = { xMin: number; xMax: number; yMin: number; yMax: number; text: string };
export type TPdf = { pages: number; text: string; lines: TPdfLine[][] };

/** Every text line of every page with its box in points, from pdftotext's bounding-box layout. */
function linesOf(bboxHtml: string): TPdfLine[][] {
  return bboxHtml.split('<page ').slice(1).map((page) =>
    [...page.matchAll(/<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([\s\S]*?)<\/line>/g)].map((m) => ({
      xMin: Number(m[1]),
      yMin: Number(m[2]),
      xMax: Number(m[3]),
      yMax: Number(m[4]),
      text: [...m[5]!.matchAll(/>([^<]*)<\/word>/g)].map((w) => w[1]).join(''),
    })),
  );
}

/** A .docx converted to PDF by LibreOffice, in a folder of its own: the PDF's path. */
function convertToPdf(docx: Uint8Array, options: Record<string, boolean | string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'nianbao-lo-'));
  writeFileSync(join(dir, 'report.docx'), docx);
  // A profile of its own, so parallel runs and a user's open LibreOffice do not lock each other out. The
  // blank pages LibreOffice inserts (an even-page section break) are kept, as a printer prints them.
  const filter = Object.entries({ IsSkipEmptyPages: false, ...options }).map(([k, v]) => [k, { type: typeof v === 'boolean' ? 'boolean' : 'string', value: String(v) }]);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', `pdf:writer_pdf_Export:${JSON.stringify(Object.fromEntries(filter))}`, '--outdir', dir, join(dir, 'report.docx')], {
    timeout: 120_000,
    stdio: 'ignore',
  });
  return join(dir, 'report.pdf');
}

/** A .docx as the PDF a unit would publish on its website, made by LibreOffice with its PDF export's
 * `options` (EncryptFile, DocumentOpenPassword …). */
export function pdfOf(docx: Uint8Array, options: Record<string, boolean | string> = {}): Uint8Array {
  return new Uint8Array(readFileSync(convertToPdf(docx, options)));
}

/** Renders .docx bytes to PDF with LibreOffice, as a county office's reader would, and reads the PDF back. */
export function renderPdf(docx: Uint8Array): TPdf {
  const pdf = convertToPdf(docx);
  const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
  const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  const bbox = execFileSync('pdftotext', ['-bbox-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  return { pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0), text, lines: linesOf(bbox) };
}
