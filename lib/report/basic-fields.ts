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
  signature: { label: '落款', hint: '发文机关署名，一般是单位全称；联合行文每行一个机关，主办机关在前。', required: true },
  date: { label: '成文日期', hint: '报告定稿的日期，印在落款下方。', required: true },
  opening: { label: '导语', hint: '主送机关之后、第一部分之前的段落，一般以“现将……报告如下：”结尾。每行一段。', required: false },
  template: { label: '模板', hint: '五个部分的标题、指引和推荐小标题。', required: true },
  layout: { label: '结构', hint: '五个部分各作一级标题（一、二、……五、），小标题从（一）编起；或按部分地区要求，小标题直接作一级标题、连续编号。', required: true },
  partHeadings: { label: '部分标题', hint: '五个部分作一级标题时印出的文字；留空则用模板的标题（年份自动填写）。', required: false },
  seal: { label: '落款方式', hint: '网上公开的文本不加盖印章；报送的纸质件一般加盖印章：成文日期右空四字，落款以日期为准居中，留出盖章位置。', required: true },
  note: { label: '附注', hint: '印在成文日期下一行，例如：联系人：张三，联系电话：023-12345678（括号会自动加上）。', required: false },
  masthead: { label: '版头', hint: '作为正式公文编号报送时使用：发文机关标志、发文字号、签发人和红色分隔线。', required: false },
  mastheadMark: { label: '发文机关标志', hint: '留空则用落款的机关名称加“文件”；联合行文每行一个机关，主办机关在前。', required: false },
  docNumber: { label: '发文字号', hint: '例如：东府文〔2026〕8号（年份用六角括号，序号不加“第”、不编虚位）。', required: false },
  signers: { label: '签发人', hint: '上报的公文必须标注签发人；两人以上用顿号分隔。', required: false },
  colophon: { label: '版记', hint: '印在最后一页（偶数页）的底部：抄送机关、印发机关和印发日期。', required: false },
  copyTo: { label: '抄送机关', hint: '例如：区委全面依法治区委员会办公室；多个机关用顿号分隔。', required: false },
  printer: { label: '印发机关', hint: '一般是本单位的办公室（党政办公室）。', required: false },
  printDate: { label: '印发日期', hint: '印在版记末行右侧，例如 2026年2月26日印发。', required: false },
} as const;

export type TBasicField = keyof typeof BASIC_FIELDS;

export const basicLabel = (field: TBasicField): string => BASIC_FIELDS[field].label;
