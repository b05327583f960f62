import JSZip from 'jszip';
import { fixture } from './import';

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
  zip.file('word/document.xml', `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/** `count` paragraphs opened and never closed: quadratic for a reader that scans ahead for each closing tag. */
export const unclosedParagraphsDocx = (count: number) => docxWithBody('<w:p>'.repeat(count));
