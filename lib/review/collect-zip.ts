import JSZip from 'jszip';
import { docxFileName } from '../docx/file-name';
import type { TReport } from '../report/schema';

/** A unit's accepted report and how to get its .docx (rendered when the zip reaches it). */
export type TCollected = { unitName: string; report: TReport; docx: () => Promise<Uint8Array> };

/** Every accepted report of a year as one .zip, one .docx per unit named by the unit and the title (each
 * name made safe for a file system and unique). The .docx files are zips already: they are stored, not
 * compressed again. */
export async function collectZip(items: TCollected[]): Promise<Uint8Array> {
  const zip = new JSZip();
  const used = new Set<string>();
  for (const { unitName, report, docx } of items) {
    const base = docxFileName(`${unitName}-${report.title || `${report.year}年度法治政府建设情况报告`}`).replace(/\.docx$/, '');
    let name = `${base}.docx`;
    for (let n = 2; used.has(name); n++) name = `${base}（${n}）.docx`;
    used.add(name);
    zip.file(name, await docx(), { compression: 'STORE' });
  }
  return zip.generateAsync({ type: 'uint8array', compression: 'STORE' });
}
