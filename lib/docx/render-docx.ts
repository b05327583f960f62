import { Document, DocumentGridType, Packer, Paragraph } from 'docx';
import JSZip from 'jszip';
import { getTemplate } from '../template/get-template';
import { documentBlocks } from '../report/document-blocks';
import type { TReport } from '../report/schema';
import { stripForbiddenCharacters } from '../report/text';
import { bodyXml } from './body-xml';
import { buildFooters } from './build-footers';
import { buildDraftHeaders } from './build-headers';
import { packageOverrides } from './package-overrides';
import { PAGE } from './geometry';
import { STYLES } from './styles';

export type TRenderOptions = { draft?: boolean };

// The library lays out the package (section, page, grid, headers, footers, relationships); the body is
// written as text in its place (lib/docx/body-xml.ts). This paragraph marks where.
const MARKER = 'NIANBAO-BODY-7f3c';

function document(options: TRenderOptions, metadata: { creator: string; title: string }): Document {
  return new Document({
    ...metadata,
    description: '由年报（Nianbao）生成',
    styles: STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [
      {
        properties: {
          page: {
            size: { width: PAGE.width, height: PAGE.height },
            margin: { top: PAGE.top, left: PAGE.left, right: PAGE.right, bottom: PAGE.bottom, footer: PAGE.footer, header: 851 },
          },
          grid: { type: DocumentGridType.LINES, linePitch: PAGE.linePitch },
        },
        footers: buildFooters(),
        ...(options.draft ? { headers: buildDraftHeaders() } : {}),
        children: [new Paragraph(MARKER)],
      },
    ],
  });
}

/** document.xml around the body, with the body's place as a string to split on: it depends only on whether
 * the file is a draft, so it is made once for each. */
async function makeSkeleton(draft: boolean): Promise<[string, string]> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document({ draft }, { creator: '', title: '' })));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const at = xml.indexOf(MARKER);
  const start = xml.lastIndexOf('<w:p>', at);
  const end = xml.indexOf('</w:p>', at) + '</w:p>'.length;
  if (at < 0 || start < 0) throw new Error('the packed document has no body marker');
  return [xml.slice(0, start), xml.slice(end)];
}

const skeletons = new Map<boolean, Promise<[string, string]>>();

/** Renders a report to the bytes of a .docx laid out on the GB/T 9704 page; a draft carries 草稿 at the
 * top of every page. Pure: no file system, no DB. */
export async function renderDocx(report: TReport, options: TRenderOptions = {}): Promise<Uint8Array> {
  const draft = options.draft === true;
  if (!skeletons.has(draft)) skeletons.set(draft, makeSkeleton(draft));
  const [before, after] = await skeletons.get(draft)!;
  const body = bodyXml(documentBlocks(report, getTemplate(report.template)));
  const doc = document(options, { creator: stripForbiddenCharacters(report.signature || report.unit), title: stripForbiddenCharacters(report.title) });
  const overrides = [...(await packageOverrides()), { path: 'word/document.xml', data: before + body + after }];
  return new Uint8Array(await Packer.toBuffer(doc, false, overrides));
}
