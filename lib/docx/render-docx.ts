import { Document, DocumentGridType, Footer, Packer, Paragraph, SectionType, type ISectionOptions } from 'docx';
import JSZip from 'jszip';
import { getTemplate } from '../template/get-template';
import { documentBlocks } from '../report/document-blocks';
import type { TReport } from '../report/schema';
import { paragraphsOf, stripForbiddenCharacters } from '../report/text';
import { bodyXml } from './body-xml';
import { buildFooters } from './build-footers';
import { buildDraftHeaders } from './build-headers';
import { packageOverrides } from './package-overrides';
import { PAGE } from './geometry';
import { STYLES } from './styles';

export type TRenderOptions = { draft?: boolean };

// The library lays out the package (sections, page, grid, headers, footers, relationships); the body is
// written as text in its place (lib/docx/body-xml.ts). These paragraphs mark where.
const MARKER = 'NIANBAO-BODY-7f3c';
const MARKER_UNNUMBERED = 'NIANBAO-UNNUMBERED-7f3c';

type TSkeleton = { draft: boolean; unnumbered: boolean };

function section(skeleton: TSkeleton, footers: { default: Footer; even: Footer }, marker: string, evenPage = false): ISectionOptions {
  return {
    properties: {
      ...(evenPage ? { type: SectionType.EVEN_PAGE } : {}),
      page: {
        size: { width: PAGE.width, height: PAGE.height },
        margin: { top: PAGE.top, left: PAGE.left, right: PAGE.right, bottom: PAGE.bottom, footer: PAGE.footer, header: 851 },
      },
      grid: { type: DocumentGridType.LINES, linePitch: PAGE.linePitch },
    },
    footers,
    ...(skeleton.draft ? { headers: buildDraftHeaders() } : {}),
    children: [new Paragraph(marker)],
  };
}

function document(skeleton: TSkeleton, metadata: { creator: string; title: string }): Document {
  const blank = () => new Footer({ children: [new Paragraph('')] });
  return new Document({
    ...metadata,
    description: '由年报（Nianbao）生成',
    styles: STYLES,
    evenAndOddHeaderAndFooters: true,
    sections: [
      section(skeleton, buildFooters(), MARKER),
      ...(skeleton.unnumbered ? [section(skeleton, { default: blank(), even: blank() }, MARKER_UNNUMBERED, true)] : []),
    ],
  });
}

/** The marker's paragraph in document.xml: its start and end offsets. */
function markerParagraph(xml: string, marker: string): [number, number] {
  const at = xml.indexOf(marker);
  const start = xml.lastIndexOf('<w:p>', at);
  if (at < 0 || start < 0) throw new Error(`the packed document has no ${marker}`);
  return [start, xml.indexOf('</w:p>', at) + '</w:p>'.length];
}

/** document.xml around the body: what comes before it, after it, and (with a section without page
 * numbers) the first section's properties, which go into the last paragraph of that section. */
type TFrame = { before: string; after: string; sectionBreak: string | null; between: string };

async function makeFrame(skeleton: TSkeleton): Promise<TFrame> {
  const zip = await JSZip.loadAsync(await Packer.toBuffer(document(skeleton, { creator: '', title: '' })));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  const [start, end] = markerParagraph(xml, MARKER);
  if (!skeleton.unnumbered) return { before: xml.slice(0, start), after: xml.slice(end), sectionBreak: null, between: '' };
  const first = xml.slice(start, end);
  const sectionBreak = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(first)?.[0];
  const [start2, end2] = markerParagraph(xml, MARKER_UNNUMBERED);
  if (!sectionBreak) throw new Error('the first section has no properties');
  return { before: xml.slice(0, start), between: xml.slice(end, start2), after: xml.slice(end2), sectionBreak };
}

const frames = new Map<string, Promise<TFrame>>();

/** The section's properties in the last paragraph of its body, where Word keeps a section break. */
function endSection(body: string, sectionBreak: string): string {
  const at = body.lastIndexOf('</w:pPr>');
  if (at < 0) throw new Error('a section ends without a paragraph');
  return body.slice(0, at) + sectionBreak + body.slice(at);
}

/** Renders a report to the bytes of a .docx laid out on the GB/T 9704 page; a draft carries 草稿 at the
 * top of every page. Pure: no file system, no DB. */
export async function renderDocx(report: TReport, options: TRenderOptions = {}): Promise<Uint8Array> {
  const body = bodyXml(documentBlocks(report, getTemplate(report.template)));
  const skeleton = { draft: options.draft === true, unnumbered: body.unnumbered !== null };
  const key = JSON.stringify(skeleton);
  if (!frames.has(key)) frames.set(key, makeFrame(skeleton));
  const frame = await frames.get(key)!;
  const xml = frame.sectionBreak === null
    ? frame.before + body.numbered + frame.after
    : frame.before + endSection(body.numbered, frame.sectionBreak) + frame.between + (body.unnumbered ?? '') + frame.after;
  const doc = document(skeleton, { creator: stripForbiddenCharacters(paragraphsOf(report.signature)[0] || report.unit), title: stripForbiddenCharacters(report.title) });
  const overrides = [...(await packageOverrides()), { path: 'word/document.xml', data: xml }];
  return new Uint8Array(await Packer.toBuffer(doc, false, overrides));
}
