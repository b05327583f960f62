import { CHAR, TEXT_WIDTH } from '../docx/geometry';

/** The width of the GB/T 9704 text block (156 mm) in characters of the 3号 grid (16 pt condensed to 315
 * twips): a little over 28, which is where a right-aligned line's right edge lies. */
export const CHARS_PER_BLOCK = TEXT_WIDTH / CHAR;
