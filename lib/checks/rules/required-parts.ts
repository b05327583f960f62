import { hasContent } from '../../report/steps';
import type { TRule } from '../rule';

/** 错误: each of the five parts has content; a part the template allows may be an explicit 无. */
export const requiredParts: TRule = {
  id: 'part-required',
  title: '五个部分都要有内容',
  run: ({ report, template }) =>
    template.parts
      .filter((p) => !hasContent(report.parts[p.key]) || (report.parts[p.key].none && !p.allowNone))
      .map((p) => ({
        ruleId: 'part-required',
        severity: '错误',
        message: p.allowNone
          ? `“${p.label}”还没有内容：请填写，或者选择“无”。这一部分不能省略。`
          : `“${p.label}”还没有内容：《法治政府建设与责任落实督察工作规定》要求报告这一部分。`,
        place: { part: p.key, field: 'part' },
        excerpt: p.label,
      })),
};
