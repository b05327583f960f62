import { hasContent } from '../../report/steps';
import { partText } from '../paragraphs';
import type { TRule } from '../rule';

const LEADER = /党政主要负责人|主要负责人|党委书记|党工委书记|(?:镇|乡|街道)?党委.{0,4}书记|镇长|乡长|主任/;
const DUTY = /第一责任人/;

/** 错误: the leadership part speaks of the 党政主要负责人 and their 第一责任人 duties. */
export const leadershipDuties: TRule = {
  id: 'leadership-duties',
  title: '第一责任人部分要写主要负责人履职',
  run: ({ report }) => {
    const part = report.parts.leadership;
    if (!hasContent(part) || part.none) return [];
    const text = partText(report, 'leadership');
    const missing = [...(LEADER.test(text) ? [] : ['党政主要负责人']), ...(DUTY.test(text) ? [] : ['“第一责任人”职责'])];
    if (missing.length === 0) return [];
    return [
      {
        ruleId: 'leadership-duties',
        severity: '错误',
        message: `这一部分没有写到${missing.join('和')}：请写明党政主要负责人如何履行推进法治建设第一责任人职责。`,
        place: { part: 'leadership', field: 'part' },
        excerpt: missing.join('、'),
      },
    ];
  },
};
