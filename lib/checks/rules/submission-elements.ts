import { basicLabel } from '../../report/basic-fields';
import { isDocNumber, normalDocNumber } from '../../report/masthead';
import type { TRule } from '../rule';
import type { TFinding } from '../types';

const error = (field: TFinding['place']['field'], message: string, excerpt: string): TFinding => ({
  ruleId: 'submission-elements',
  severity: '错误',
  message,
  place: { part: null, field },
  excerpt,
});

/** 错误: a 版头 names its 签发人 (a report going up is a 上行文) and a 发文字号 written as GB/T 9704 writes it;
 * a 版记 names its 印发机关 and 印发日期. Only what the clerk turned on is checked. */
export const submissionElements: TRule = {
  id: 'submission-elements',
  title: '版头和版记完整',
  run: ({ report }) => {
    const findings: TFinding[] = [];
    if (report.masthead) {
      if (!report.signers.trim()) findings.push(error('signers', `加了版头的上报公文必须标注${basicLabel('signers')}：请填写，或去掉版头。`, basicLabel('signers')));
      const number = report.docNumber.trim();
      if (!number) findings.push(error('docNumber', `请填写${basicLabel('docNumber')}，例如：东府文〔2026〕8号。`, basicLabel('docNumber')));
      else if (!isDocNumber(number)) {
        const normal = normalDocNumber(number);
        const advice = isDocNumber(normal) ? `应写作“${normal}”` : '应写作“机关代字〔年份〕序号号”，例如：东府文〔2026〕8号';
        findings.push(error('docNumber', `${basicLabel('docNumber')}“${number}”不合公文格式：${advice}（年份用六角括号，序号不加“第”、不编虚位）。`, number));
      }
    }
    if (report.colophon) {
      if (!report.printer.trim()) findings.push(error('printer', `加了版记就要写${basicLabel('printer')}：请填写，或去掉版记。`, basicLabel('printer')));
      if (!report.printDate) findings.push(error('printDate', `加了版记就要写${basicLabel('printDate')}：请选择日期，或去掉版记。`, basicLabel('printDate')));
    }
    return findings;
  },
};
