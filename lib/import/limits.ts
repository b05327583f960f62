/** Bounds on what an import reads, so a hostile file costs little time and memory. */
export const IMPORT_LIMITS = {
  uploadBytes: 10 * 1_048_576,
  /** Inflated size of one part of a .docx (document.xml of a 300-page report is a few MB). */
  entryBytes: 20 * 1_048_576,
  /** Inflated size of all parts read together. */
  totalBytes: 40 * 1_048_576,
  entries: 5_000,
  textChars: 2_000_000,
  /** Paragraphs of one document: a 300-page report has about 6,000. */
  paragraphs: 30_000,
  /** Element nesting of one XML part: Word's deepest (tables in text boxes in tables) stays far below. */
  xmlDepth: 256,
} as const;
