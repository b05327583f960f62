/** Bounds on what an import reads, so a hostile file costs little time and memory. */
export const IMPORT_LIMITS = {
  uploadBytes: 10 * 1_048_576,
  /** Inflated size of one part of a .docx: document.xml of a 300-page report is a few MB, and the XML
   * parser reads about 15 MB a second, so this bounds the time one upload can take. */
  entryBytes: 8 * 1_048_576,
  /** Inflated size of all parts read together (document, numbering, styles). */
  totalBytes: 12 * 1_048_576,
  entries: 5_000,
  textChars: 2_000_000,
  /** Paragraphs (lines) of one document, uploaded or pasted: a 300-page report has about 6,000. */
  paragraphs: 20_000,
  /** Element nesting of one XML part: Word's deepest (tables in text boxes in tables) stays well below. */
  xmlDepth: 100,
  /** Pages of a PDF: a 300-page report is far beyond any year's. */
  pdfPages: 300,
  /** All of a PDF's compressed streams inflated together: a 300-page report's text and embedded font
   * subsets come to a few megabytes. */
  pdfInflatedBytes: 64 * 1_048_576,
  /** Nesting of a PDF's arrays and dictionaries: a real one's page tree and fonts stay below twenty. */
  pdfDepth: 100,
  /** Characters below which a PDF is taken for a scan: a report's title alone has more. */
  pdfMinChars: 20,
} as const;

export const TOO_MUCH_TEXT = '文字过多，不像是一份年度报告。请只导入报告本身。';

export const TOO_MANY_PARAGRAPHS = `段落超过 ${IMPORT_LIMITS.paragraphs.toLocaleString('zh-CN')} 个，不像是一份年度报告。请只导入报告本身。`;
