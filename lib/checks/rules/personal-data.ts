import type { TRule } from '../rule';
import type { TFinding } from '../types';
import { detectIn, ID_NUMBER, MOBILE, NAMED_PARTY } from '../personal-data-detectors';

const DETECTORS = [ID_NUMBER, MOBILE, NAMED_PARTY];

/** 提示: personal data that must not be published (the report goes online). */
export const personalData: TRule = {
  id: 'personal-data',
  title: '个人信息',
  run: ({ units }) =>
    units.flatMap((unit): TFinding[] =>
      detectIn(unit.text, DETECTORS).map((m) => ({
        ruleId: 'personal-data',
        severity: '提示' as const,
        message: `这里像是${m.kind}（“${m.text}”）：报告要向社会公开，请删除或改为“某某”。`,
        place: { ...unit.place, start: m.index, end: m.index + m.text.length },
        excerpt: m.text,
      })),
    ),
};
