import { Document, DocumentGridType, Packer } from 'docx';
import { getTemplate } from '../template/get-template';
import type { TReport } from '../report/schema';
import { stripForbiddenCharacters } from '../report/text';
import { buildBody } from './build-body';
import { buildFooters } from './build-footers';
import { buildDraftHeaders } from './build-headers';
import { packageOverrides } from './package-overrides';
import { PAGE } from './geometry';
import { STYLES } from './styles';

export type TRenderOptions = { draft?: boolean };

/** Renders a report to the bytes of a .docx laid out on the GB/T 9704 page; a draft carries 草稿 at the
 * top of every page. Pure: no file system, no DB. */
export async function renderDocx(report: TReport, options: TRenderOptions = {}): Promise<Uint8Array> {
  const template = getTemplate(report.template);
  const doc = new Document({
    creator: stripForbiddenCharacters(report.signature || report.unit),
    title: stripForbiddenCharacters(report.title),
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
        children: buildBody(report, template),
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc, false, await packageOverrides()));
}
