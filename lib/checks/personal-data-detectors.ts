import { matchesOf } from './matches';

/** A kind of text that must not go online, and the pattern that finds it. Each pattern is global and
 * bounded: no quantifier runs over characters another one also takes. */
export type TDetector = { kind: string; pattern: RegExp };

export const ID_NUMBER: TDetector = {
  kind: '身份证号码',
  pattern: /(?<![\dA-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g,
};

export const MOBILE: TDetector = { kind: '手机号码', pattern: /(?<!\d)1[3-9]\d{9}(?!\d)/g };

/** An area code and a local number: 023-12345678, 0851－1234567, (023)12345678, 02312345678. */
export const LANDLINE: TDetector = {
  kind: '固定电话',
  pattern: /(?<![\d\-－])(?:0\d{2,3}[-－—]|[（(]0\d{2,3}[）)]|0\d{2,3}(?=\d{7,8}(?!\d)))\d{7,8}(?![\d\-－])/g,
};

export const NAMED_PARTY: TDetector = {
  kind: '当事人姓名',
  pattern: /(?:当事人|申请人|被申请人|犯罪嫌疑人|被告人|原告|被告|上访人|信访人)[：:]?\s*[\u4e00-\u9fa5](?!某)[\u4e00-\u9fa5]{1,2}(?=[，。、；（(的因与和])/g,
};

export type TDetected = { kind: string; index: number; text: string };

/** Every place in `text` that one of `detectors` finds, detector by detector. */
export function detectIn(text: string, detectors: readonly TDetector[]): TDetected[] {
  return detectors.flatMap(({ kind, pattern }) => matchesOf(text, pattern).map((m) => ({ kind, index: m.index, text: m[0] })));
}
