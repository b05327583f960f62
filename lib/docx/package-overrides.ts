import { Document, Packer } from 'docx';
import JSZip from 'jszip';
import { FONT_TABLE_XML } from './font-table';
import { insertInSchemaOrder } from './element-order';
import { STYLE, STYLES } from './styles';

// What the docx library cannot write: a font table with alternative names, and paragraph properties.
// The title style is kept off the line grid (paragraph-level w:snapToGrid): otherwise LibreOffice gives
// each 22 pt title line two 28.95 pt grid lines, where Word, honouring the exact spacing, gives it one.
// Word's extra space between Chinese and Latin text or digits is turned off, as 公文 templates do, so a
// half-width digit takes half a character and lines, signature and date keep to the 28-character grid.
const STYLE_PARAGRAPH_PROPERTIES: Record<string, string[]> = {
  [STYLE.title]: ['<w:snapToGrid w:val="0"/>'],
  [STYLE.mark]: ['<w:snapToGrid w:val="0"/>'],
  [STYLE.body]: ['<w:autoSpaceDE w:val="0"/>', '<w:autoSpaceDN w:val="0"/>'],
};

/** The style's w:pPr with each element put where the schema orders it, not merely first. */
function addParagraphProperties(styles: string, styleId: string, elements: string[]): string {
  const at = styles.indexOf(`w:styleId="${styleId}"`);
  const pPr = at < 0 ? -1 : styles.indexOf('<w:pPr>', at);
  if (pPr < 0) throw new Error(`style ${styleId} has no paragraph properties`);
  const start = pPr + '<w:pPr>'.length;
  const end = styles.indexOf('</w:pPr>', start);
  const inner = elements.reduce((xml, element) => insertInSchemaOrder('pPr', xml, element), styles.slice(start, end));
  return `${styles.slice(0, start)}${inner}${styles.slice(end)}`;
}

async function patchedStylesXml(): Promise<string> {
  // The styles part depends on the style declarations alone, so it is made once from an empty document.
  const zip = await JSZip.loadAsync(await Packer.toBuffer(new Document({ styles: STYLES, sections: [{ children: [] }] })));
  const styles = await zip.file('word/styles.xml')?.async('string');
  if (styles === undefined) throw new Error('packed document has no styles.xml');
  return Object.entries(STYLE_PARAGRAPH_PROPERTIES).reduce((xml, [id, extra]) => addParagraphProperties(xml, id, extra), styles);
}

let stylesXml: Promise<string> | undefined;

/** The parts that replace the library's own when a document is packed. */
export async function packageOverrides(): Promise<Array<{ path: string; data: string }>> {
  stylesXml ??= patchedStylesXml();
  return [
    { path: 'word/styles.xml', data: await stylesXml },
    { path: 'word/fontTable.xml', data: FONT_TABLE_XML },
  ];
}
