import type { TRule } from '../rule';
import type { TFinding } from '../types';
import { matchesOf } from '../matches';

const PATTERNS: Array<[RegExp, string]> = [
  [/(?<![\dA-Za-z])\d{6}(?:19|20)\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}[\dXx](?![\dA-Za-z])/g, '身份证号码'],
  [/(?<!\d)1[3-9]\d{9}(?!\d)/g, '手机号码'],
  [/(?:当事人|申请人|被申请人|犯罪嫌疑人|被告人|原告|被告|上访人|信访人)[：:]?\s*[\u4e00-\u9fa5](?!某)[\u4e00-\u9fa5]{1,2}(?=[，。、；（(的因与和])/g, '当事人姓名'],
];

/** 提示: personal data that must not be published (the report goes online). */
export const personalData: TRule = {
  id: 'personal-data',
  title: '个人信息',
  run: ({ units }) =>
    units.flatMap((unit): TFinding[] =>
      PATTERNS.flatMap(([pattern, what]) =>
        matchesOf(unit.text, pattern).map((m) => ({
          ruleId: 'personal-data',
          severity: '提示' as const,
          message: `这里像是${what}（“${m[0]}”）：报告要向社会公开，请删除或改为“某某”。`,
          place: { ...unit.place, start: m.index, end: m.index + m[0].length },
          excerpt: m[0],
        })),
      ),
    ),
};
