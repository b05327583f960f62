import { hasContent } from '../../report/steps';
import { partText } from '../paragraphs';
import type { TRule } from '../rule';

const REASON = /原因|由于|究其|根源|主要在于|归根|客观上|主观上|导致|造成/;

/** 错误: the shortcomings part gives reasons, not only problems (不足和原因). */
export const shortcomingsReasons: TRule = {
  id: 'shortcomings-reasons',
  title: '不足部分要分析原因',
  run: ({ report }) => {
    const part = report.parts.shortcomings;
    if (!hasContent(part) || part.none || REASON.test(partText(report, 'shortcomings'))) return [];
    return [
      {
        ruleId: 'shortcomings-reasons',
        severity: '错误',
        message: '这一部分只写了不足，没有分析原因：规定要求写“存在的不足和原因”，请补充产生问题的原因。',
        place: { part: 'shortcomings', field: 'part' },
        excerpt: '原因',
      },
    ];
  },
};
