import { PAGE } from '../docx/geometry';
import { paragraphsOf } from './text';
import { textUnits } from './text-width';

/** 35 mm, where GB/T 9704 7.2.3 puts the top of 发文机关标志 below the top of the text block, in twips. */
export const MARK_TOP = 1984;
/** The text block is 156 mm wide: 442 pt, less a little so a mark never touches the edges. */
const MARK_WIDTH_PT = 436;
/** 小初 (36 pt) is the usual size of a mark; a long name is set smaller to fit one line. */
const MARK_MAX_PT = 36;

export type TMark = {
  /** The issuers' names, one a line (联合行文: the lead first). */
  lines: string[];
  /** 文件 to the right of the names, centred on them (only with several names; one name carries it in its line). */
  file: boolean;
  /** Font size in points, the same for every line. */
  size: number;
  /** Lines of the 3号 grid the mark and the space above it fill, so what follows stays on the grid. */
  gridLines: number;
};

/** 发文机关标志 as printed: the clerk's own, or the issuers with 文件. */
export function markOf(mastheadMark: string, issuers: string[]): TMark {
  const own = paragraphsOf(mastheadMark);
  const names = own.length > 0 ? own : issuers;
  const joint = own.length === 0 && names.length > 1;
  const lines = own.length > 0 || joint ? names : names.map((n) => `${n}文件`);
  const widest = Math.max(1, ...lines.map(textUnits)) + (joint ? 3 : 0);
  const size = Math.min(MARK_MAX_PT, Math.floor((MARK_WIDTH_PT / widest) * 2) / 2);
  const height = lines.length * size * 20;
  return { lines, file: joint, size, gridLines: Math.ceil((MARK_TOP + height) / PAGE.linePitch) };
}

/** 签发人 names, two a row (GB/T 9704 7.2.5): the 发文字号 stands on the last row's line. */
export function signerRows(signers: string): string[][] {
  const names = signers.split(/[、，,；;\s]+/).map((n) => n.trim()).filter((n) => n.length > 0);
  const rows: string[][] = [];
  for (let i = 0; i < names.length; i += 2) rows.push(names.slice(i, i + 2));
  return rows.length > 0 ? rows : [[]];
}

// 〔2026〕8号: the year in full in 六角括号, the serial without 第 and without leading zeros (7.2.4).
const DOC_NUMBER = /^[^\s〔〕]+〔\d{4}〕[1-9]\d*号$/;

export function isDocNumber(text: string): boolean {
  return DOC_NUMBER.test(text.trim());
}

/** What the clerk typed with the brackets and serial set as the standard writes them: [2026]、(2026)、【2026】
 * and 〔2026〕 alike become 〔2026〕, 第 and leading zeros go: 东府文[2026]第08号 → 东府文〔2026〕8号. */
export function normalDocNumber(text: string): string {
  // The field holds at most LIMITS.docNumber characters, and the serial's digits are split one way only.
  const m = /^([^[（(【〔［]*)[[（(【〔［]\s*(\d{4})\s*[\]）)】〕］]\s*第?\s*0*([1-9]\d*)\s*号?$/.exec(text.trim());
  return m ? `${m[1]!.trim()}〔${m[2]}〕${m[3]}号` : text.trim();
}
