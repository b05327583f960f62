import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { childElements, SCHEMA_ORDER } from '@/lib/docx/element-order';
import { renderDocx } from '@/lib/docx/render-docx';
import { loadSample } from '../../support/sample';

/** Every w:pPr and w:rPr of every XML part, as its children's names in file order. */
async function propertyChildren(bytes: Uint8Array): Promise<Array<{ part: string; kind: 'pPr' | 'rPr'; children: string[] }>> {
  const zip = await JSZip.loadAsync(bytes);
  const found: Array<{ part: string; kind: 'pPr' | 'rPr'; children: string[] }> = [];
  for (const part of Object.keys(zip.files).filter((name) => /^word\/[^/]+\.xml$/.test(name))) {
    const xml = await zip.file(part)!.async('string');
    for (const m of xml.matchAll(/<w:(pPr|rPr)>(.*?)<\/w:\1>/g)) found.push({ part, kind: m[1] as 'pPr' | 'rPr', children: childElements(m[2]!).map((c) => c.name) });
  }
  return found;
}

const outOfOrder = (kind: 'pPr' | 'rPr', children: string[]) => {
  const ranks = children.map((c) => SCHEMA_ORDER[kind].indexOf(c));
  return ranks.some((r) => r < 0) || ranks.some((r, i) => i > 0 && r <= ranks[i - 1]!);
};

const variants = [
  ['草稿', { draft: true }],
  ['正式稿', { draft: false }],
] as const;

describe('the .docx is valid for Word, not only for LibreOffice', () => {
  it.each(variants)('every paragraph and run property of the %s stands in the order ISO/IEC 29500 gives it', async (_, options) => {
    const properties = await propertyChildren(await renderDocx(loadSample(), options));
    expect(properties.length).toBeGreaterThan(20);
    expect(properties.filter((p) => outOfOrder(p.kind, p.children))).toEqual([]);
    // The two properties added after the library (package-overrides.ts) are there, in place.
    expect(properties).toContainEqual(expect.objectContaining({ part: 'word/styles.xml', kind: 'pPr', children: ['keepNext', 'keepLines', 'snapToGrid', 'ind', 'jc'] }));
  });

  const schemas = process.env.OOXML_SCHEMAS;
  const validator = join(__dirname, '../../../../shared/tools/ooxml_validate.py');
  const canValidate = schemas !== undefined && existsSync(validator) && existsSync('/usr/bin/xmllint');
  if (!canValidate) console.warn('OOXML_SCHEMAS, xmllint or ../shared/tools/ooxml_validate.py is missing: the schema validation of the .docx is skipped (the element-order test above still runs).');
  it.runIf(canValidate).each(variants)('the %s validates against the ISO/IEC 29500 schemas', async (_, options) => {
    const file = join(mkdtempSync(join(tmpdir(), 'nianbao-ooxml-')), 'report.docx');
    writeFileSync(file, await renderDocx(loadSample(), options));
    expect(execFileSync('python3', [validator, file], { encoding: 'utf8' })).toMatch(/ooxml: \d+ parts valid, 0 invalid/);
  });
});
