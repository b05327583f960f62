/** GB/T 9704-2012 page geometry in twips (1/20 pt), the literal values of gbt9704.md: converting from
 * millimetres rounds down and drifts. */
export const PAGE = {
  width: 11906,
  height: 16838,
  top: 2098,
  left: 1587,
  right: 1474,
  bottom: 1984,
  /** Footer text bottom from the page edge: puts the "— N —" line about 7 mm below the text block. */
  footer: 1259,
  /** 225 mm / 22 lines. */
  linePitch: 579,
} as const;

/** The text block's width, 156 mm. */
export const TEXT_WIDTH = PAGE.width - PAGE.left - PAGE.right;

/** Font sizes in half-points: 2号 22 pt, 3号 16 pt, 4号 14 pt. */
export const SIZE = { title: 44, body: 32, pageNumber: 28, colophon: 28 } as const;

/** 156 mm / 28 characters = 15.79 pt: each 16 pt character condensed by 0.25 pt (5 twentieths). */
export const CONDENSE = -5;

/** One character of body text on the grid (16 pt condensed by 0.25 pt) in twips, for indents counted in characters. */
export const CHAR = 315;

/** One 4号 (14 pt) character, uncondensed, in twips: the unit of the 版记's and the page number's indents. */
export const CHAR_14PT = 280;

export const FONT = {
  title: '方正小标宋简体',
  body: '仿宋_GB2312',
  h1: '黑体',
  h2: '楷体_GB2312',
  pageNumber: '宋体',
  latin: 'Times New Roman',
} as const;
