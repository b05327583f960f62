import { deflateSync } from 'node:zlib';
import JSZip from 'jszip';
import { IMPORT_LIMITS } from '@/lib/import/limits';
import { fixture } from './import';

const W_NS = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/**
 * The .doc fixture with its directory's sector chain turned into a cycle (the directory's sector points to
 * a second sector that points back), as a damaged or crafted file can have: word-extractor follows such a
 * chain for ever, so only the worker's limits stop it.
 */
export function cyclicDoc(): Uint8Array {
  const bytes = Buffer.from(fixture('three-parts.doc'));
  const secSize = 1 << bytes.readUInt16LE(0x1e);
  const dirSecId = bytes.readInt32LE(0x30);
  const satSectors = Array.from({ length: bytes.readInt32LE(0x2c) }, (_, i) => bytes.readInt32LE(0x4c + i * 4));
  const perSector = secSize / 4;
  const satEntry = (secId: number) => 512 + satSectors[Math.floor(secId / perSector)]! * secSize + (secId % perSector) * 4;
  const other = dirSecId === 0 ? 1 : 0;
  bytes.writeInt32LE(other, satEntry(dirSecId));
  bytes.writeInt32LE(dirSecId, satEntry(other));
  return new Uint8Array(bytes);
}

/** A .docx whose body is the given markup, deflated: repetitive markup packs a large document into a
 * few KB, well inside the upload limit. */
export function docxWithBody(body: string): Promise<Uint8Array> {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file('word/document.xml', `<w:document ${W_NS}><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** `count` paragraphs opened and never closed: quadratic for a reader that scans ahead for each closing tag. */
export const unclosedParagraphsDocx = (count: number) => docxWithBody('<w:p>'.repeat(count));



/** Repeats `unit` to fill at most `bytes`, leaving room for the wrapper. */
const fill = (unit: string, bytes: number) => unit.repeat(Math.floor((bytes - 4_096) / Buffer.byteLength(unit)));

/**
 * The costliest .docx that is still read, not refused: each part near its inflate limit, nearly the most
 * paragraphs allowed, each numbered by Word and styled as a heading, text near its cap and the rest of
 * each paragraph runs that make the parser work without adding text. Zipped it is a few dozen KB.
 */
export async function costliestDocx(): Promise<Uint8Array> {
  const paragraphs = Math.floor(IMPORT_LIMITS.paragraphs * 0.95);
  const perParagraph = Math.floor((IMPORT_LIMITS.entryBytes * 0.95) / paragraphs);
  const heading = '<w:pPr><w:pStyle w:val="Heading1"/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>';
  // Chinese text is three bytes a character in UTF-8: a third of the paragraph's bytes are text.
  const chars = Math.min(Math.floor(IMPORT_LIMITS.textChars / paragraphs), Math.floor(perParagraph / 9));
  const text = `<w:r><w:t>2024年开展普法${'活'.repeat(Math.max(0, chars - 9))}</w:t></w:r>`;
  const run = '<w:r><w:rPr><w:b/><w:i/><w:sz w:val="32"/></w:rPr></w:r>';
  const runs = Math.max(0, Math.floor((perParagraph - heading.length - Buffer.byteLength(text) - 12) / run.length));
  const paragraph = `<w:p>${heading}${text}${run.repeat(runs)}</w:p>`;
  const numbering = `<w:numbering ${W_NS}><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;
  const style = '<w:style w:type="paragraph" w:styleId="S"><w:name w:val="s"/><w:pPr><w:spacing w:line="579"/></w:pPr></w:style>';
  const styles = `<w:styles ${W_NS}><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/></w:style>${fill(style, (IMPORT_LIMITS.totalBytes - IMPORT_LIMITS.entryBytes) * 0.95)}</w:styles>`;
  const zip = new JSZip();
  zip.file('word/document.xml', `<w:document ${W_NS}><w:body>${paragraph.repeat(paragraphs)}</w:body></w:document>`);
  zip.file('word/numbering.xml', numbering);
  zip.file('word/styles.xml', styles);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 9 } });
}

/** Elements nested as deep as a document may go, inside content the reader skips (mc:Fallback), then
 * empty runs at that depth up to the inflate limit: the parser's cost per element grows with the depth. */
export function deepestDocx(): Promise<Uint8Array> {
  const depth = IMPORT_LIMITS.xmlDepth - 8;
  const open = '<mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><mc:Fallback>' + '<w:x>'.repeat(depth);
  const close = '</w:x>'.repeat(depth) + '</mc:Fallback></mc:AlternateContent>';
  const inner = '<w:r w:a="1"/>'.repeat(Math.floor((IMPORT_LIMITS.entryBytes * 0.95 - open.length - close.length) / 14));
  return docxWithBody(`<w:p>${open}${inner}${close}</w:p>`);
}

/** A one-page PDF whose page content is the stream `data` with `dict`'s entries (Filter, Length …), and
 * the objects `after` it. */
export function pdfWithContent(dict: string, data: Uint8Array, after: Uint8Array = new Uint8Array()): Uint8Array {
  const head = `%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R>>endobj\n4 0 obj<<${dict}>>stream\n`;
  return new Uint8Array(Buffer.concat([Buffer.from(head), data, Buffer.from('\nendstream endobj\n'), after, Buffer.from('trailer<</Root 1 0 R>>\n%%EOF')]));
}

/** A one-page PDF whose page content is `mb` megabytes of blanks, deflated (about a thousandth the size). */
export function inflatingPdf(mb: number): Uint8Array {
  const blanks = deflateSync(Buffer.alloc(mb * 1_048_576, 0x20));
  return pdfWithContent(`/Length ${blanks.length}/Filter/FlateDecode`, blanks);
}

/** A PDF whose one object is arrays nested `depth` deep. */
export function nestedPdf(depth: number): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n1 0 obj${'['.repeat(depth)}${']'.repeat(depth)}endobj\ntrailer<</Root 1 0 R>>\n%%EOF`);
}
