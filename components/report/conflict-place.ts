import { basicLabel } from '@/lib/report/basic-fields';
import type { TMergeConflict } from '@/lib/report/merge-reports';
import type { TTemplate } from '@/lib/template/schema';

const PART_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Where a conflict is, as the clerk finds it: 第三部分 <label> › <headings down to the section>, or a basic field's label. */
export function conflictPlace(conflict: TMergeConflict, template: TTemplate): string {
  if (conflict.kind === 'field') return `基本信息 › ${basicLabel(conflict.field)}`;
  const index = template.parts.findIndex((p) => p.key === conflict.part);
  const part = `第${PART_NUMBERS[index] ?? index + 1}部分 ${template.parts[index]?.label ?? ''}`;
  return [part, ...conflict.headingPath.map((h) => h.trim() || '（无小标题）')].join(' › ');
}
