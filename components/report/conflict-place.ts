import type { TMergeConflict, TMergedField } from '@/lib/report/merge-reports';
import type { TTemplate } from '@/lib/template/schema';

const FIELD_LABELS: Record<TMergedField, string> = {
  title: '标题',
  unit: '单位全称',
  unitKind: '单位类型',
  year: '报告年度',
  titleLines: '标题换行',
  recipient: '主送机关',
  signature: '落款',
  date: '成文日期',
  opening: '导语',
  template: '模板',
};

const PART_NUMBERS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Where a conflict is, as the clerk finds it: 第三部分 <label> › <headings down to the section>, or a basic field's label. */
export function conflictPlace(conflict: TMergeConflict, template: TTemplate): string {
  if (conflict.kind === 'field') return `基本信息 › ${FIELD_LABELS[conflict.field]}`;
  const index = template.parts.findIndex((p) => p.key === conflict.part);
  const part = `第${PART_NUMBERS[index] ?? index + 1}部分 ${template.parts[index]?.label ?? ''}`;
  return [part, ...conflict.headingPath.map((h) => h.trim() || '（无小标题）')].join(' › ');
}
