/**
 * The fields of 基本信息, each defined once: its label (in the form, in messages, in conflicts and in the
 * import review), the hint under it in the form, and whether a report needs it filled before the 正式稿
 * (the basics-filled check). The schema's rules name their fields with these labels too.
 */
export const BASIC_FIELDS = {
  title: { label: '标题', hint: '例如：××镇人民政府关于2025年法治政府建设情况的报告', required: true },
  unit: { label: '单位全称', hint: '例如：重庆市巴南区东温泉镇人民政府', required: true },
  unitKind: { label: '单位类型', hint: '决定推荐的主送机关和标题中的简称。', required: true },
  year: { label: '报告年度', hint: '报告的是哪一年的工作。', required: true },
  titleLines: { label: '标题换行', hint: '标题过长时各行的断开位置。', required: false },
  recipient: { label: '主送机关', hint: '例如：区委、区人民政府（冒号会自动加上）', required: true },
  signature: { label: '落款', hint: '发文机关署名，一般是单位全称；联合报告写两个机关。', required: true },
  date: { label: '成文日期', hint: '报告定稿的日期，印在落款下方。', required: true },
  opening: { label: '导语', hint: '主送机关之后、第一部分之前的段落，一般以“现将……报告如下：”结尾。每行一段。', required: false },
  template: { label: '模板', hint: '五个部分的标题、指引和推荐小标题。', required: true },
} as const;

export type TBasicField = keyof typeof BASIC_FIELDS;

export const basicLabel = (field: TBasicField): string => BASIC_FIELDS[field].label;
