import JSZip from 'jszip';
import { XMLValidator } from 'fast-xml-parser';

export type TDocxParts = { document: string; styles: string; settings: string; footers: string[]; headers: string[]; fontTable: string };

/** The XML parts of a .docx a test asserts on; each must be well-formed, as Word refuses a file otherwise. */
export async function readDocx(bytes: Uint8Array): Promise<TDocxParts> {
  const zip = await JSZip.loadAsync(bytes);
  const read = async (name: string) => {
    const xml = (await zip.file(name)?.async('string')) ?? '';
    const valid = XMLValidator.validate(xml);
    if (valid !== true) throw new Error(`${name} is not well-formed: ${JSON.stringify(valid.err)}`);
    return xml;
  };
  const named = (kind: string) => Object.keys(zip.files).filter((n) => new RegExp(`^word/${kind}\\d+\\.xml$`).test(n));
  return {
    document: await read('word/document.xml'),
    styles: await read('word/styles.xml'),
    settings: await read('word/settings.xml'),
    fontTable: await read('word/fontTable.xml'),
    footers: await Promise.all(named('footer').map(read)),
    headers: await Promise.all(named('header').map(read)),
  };
}

/** The text of each paragraph of document.xml, in order, with its style id. */
export function paragraphs(documentXml: string): Array<{ style: string; text: string }> {
  return [...documentXml.matchAll(/<w:p\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:p>)/g)].map((m) => {
    const inner = m[1] ?? '';
    const style = /<w:pStyle w:val="([^"]+)"/.exec(inner)?.[1] ?? '';
    const text = [...inner.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join('');
    return { style, text: text.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'") };
  });
}
