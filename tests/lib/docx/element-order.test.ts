import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { childElements, SCHEMA_ORDER } from '@/lib/docx/element-order';
import { renderDocx } from '@/lib/docx/render-docx';
import type { TReport } from '@/lib/report/schema';
import { loadSample } from '../../support/sample';

/** ISO/IEC 29500's order for the property elements Nianbao writes by hand (tables, cells, sections); the
 * paragraph and run orders come from lib, which inserts into them. */
const ORDER: Record<string, readonly string[]> = {
  ...SCHEMA_ORDER,
  tblPr: ['tblStyle', 'tblpPr', 'tblOverlap', 'bidiVisual', 'tblStyleRowBandSize', 'tblStyleColBandSize', 'tblW', 'jc', 'tblCellSpacing', 'tblInd', 'tblBorders', 'shd', 'tblLayout', 'tblCellMar', 'tblLook', 'tblCaption', 'tblDescription'],
  tcPr: ['cnfStyle', 'tcW', 'gridSpan', 'hMerge', 'vMerge', 'tcBorders', 'shd', 'noWrap', 'tcMar', 'textDirection', 'tcFitText', 'vAlign', 'hideMark'],
  tblBorders: ['top', 'left', 'start', 'bottom', 'right', 'end', 'insideH', 'insideV'],
  sectPr: ['headerReference', 'footerReference', 'footnotePr', 'endnotePr', 'type', 'pgSz', 'pgMar', 'paperSrc', 'pgBorders', 'lnNumType', 'pgNumType', 'cols', 'formProt', 'vAlign', 'noEndnote', 'titlePg', 'textDirection', 'bidi', 'rtlGutter', 'docGrid', 'printerSettings'],
};
// One pattern a kind, as kinds nest (tblBorders in tblPr, rPr in pPr); none nests in itself.
const KINDS = Object.keys(ORDER).map((kind) => new RegExp(`<w:(${kind})(?:\\s[^>]*)?>(.*?)<\\/w:${kind}>`, 'g'));

type TProperties = { part: string; kind: string; children: string[] };

/** Every properties element of every XML part, as its children's names in file order. */
async function propertyChildren(bytes: Uint8Array): Promise<TProperties[]> {
  const zip = await JSZip.loadAsync(bytes);
  const found: TProperties[] = [];
  for (const part of Object.keys(zip.files).filter((name) => /^word\/[^/]+\.xml$/.test(name))) {
    const xml = await zip.file(part)!.async('string');
    for (const m of KINDS.flatMap((kind) => [...xml.matchAll(kind)])) found.push({ part, kind: m[1]!, children: childElements(m[2]!).map((c) => c.name) });
  }
  return found;
}

// headerReference and footerReference may come in any order among themselves.
const rankIn = (kind: string, child: string) => ORDER[kind]!.indexOf(kind === 'sectPr' && child === 'footerReference' ? 'headerReference' : child);

const outOfOrder = ({ kind, children }: TProperties) => {
  const ranks = children.map((c) => rankIn(kind, c));
  return ranks.some((r) => r < 0) || ranks.some((r, i) => i > 0 && (r < ranks[i - 1]! || (r === ranks[i - 1]! && kind !== 'sectPr')));
};

/** Every element a submitted copy can carry at once: 版头 of two issuers, seal, 附注, 附件 and 版记. */
function everyElement(): TReport {
  return {
    ...loadSample(),
    figuresAnnex: true,
    figures: { 'reconsideration-cases': { value: 1, lastYear: 3, confirmed: true } },
    signature: '中共某某镇委员会\n某某镇人民政府',
    masthead: true,
    docNumber: '某镇文〔2026〕8号',
    signers: '张三 李四',
    seal: true,
    note: '联系人：张三，联系电话：12345678',
    colophon: true,
    copyTo: '县委全面依法治县委员会办公室',
    printer: '某某镇党政办公室',
    printDate: '2026-03-04',
  };
}

const variants: Array<[string, () => TReport, { draft: boolean }]> = [
  ['草稿', loadSample, { draft: true }],
  ['正式稿', loadSample, { draft: false }],
  ['小标题连续编号的正式稿', () => ({ ...loadSample(), layout: 'flat' }), { draft: false }],
  ['带版头、印章、附注、附件和版记的联合行文', everyElement, { draft: false }],
];

describe('the .docx is valid for Word, not only for LibreOffice', () => {
  it.each(variants)('every paragraph, run, table, cell and section property of the %s stands in the order ISO/IEC 29500 gives it', async (_, report, options) => {
    const properties = await propertyChildren(await renderDocx(report(), options));
    expect(properties.length).toBeGreaterThan(20);
    expect(properties.filter(outOfOrder)).toEqual([]);
    expect(properties.map((p) => p.kind)).toEqual(expect.arrayContaining(report === everyElement ? Object.keys(ORDER) : ['pPr', 'rPr', 'sectPr']));
    // The two properties added after the library (package-overrides.ts) are there, in place.
    expect(properties).toContainEqual(expect.objectContaining({ part: 'word/styles.xml', kind: 'pPr', children: ['keepNext', 'keepLines', 'snapToGrid', 'ind', 'jc'] }));
  });

  const schemas = process.env.OOXML_SCHEMAS;
  const validator = join(__dirname, '../../../../shared/tools/ooxml_validate.py');
  const canValidate = schemas !== undefined && existsSync(validator) && existsSync('/usr/bin/xmllint');
  if (!canValidate) console.warn('OOXML_SCHEMAS, xmllint or ../shared/tools/ooxml_validate.py is missing: the schema validation of the .docx is skipped (the element-order test above still runs).');
  it.runIf(canValidate).each(variants)('the %s validates against the ISO/IEC 29500 schemas', async (_, report, options) => {
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-ooxml-')), 'report.docx');
    writeFileSync(file, await renderDocx(report(), options));
    expect(execFileSync('python3', [validator, file], { encoding: 'utf8' })).toMatch(/ooxml: \d+ parts valid, 0 invalid/);
  });
});
