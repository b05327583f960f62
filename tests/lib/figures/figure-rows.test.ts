import { describe, expect, it } from 'vitest';
import { applyFigureInputs, figureInputText, leaveOut, parseFigureInput } from '@/lib/figures/figure-inputs';
import { describeChange, figureRows, tableInUse } from '@/lib/figures/figure-rows';
import { rollForward } from '@/lib/report/roll-forward';
import type { TReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { loadSample } from '../../support/sample';

const row = (report: TReport, key: string) => figureRows(report).find((r) => r.key === key)!;

describe('describeChange', () => {
  it('gives a count\'s change in per cent and a rate\'s in percentage points', () => {
    expect(describeChange(50, 56, true, '件', true)).toBe('↑12%');
    expect(describeChange(3, 2, true, '件', true)).toBe('↓33.3%');
    expect(describeChange(95, 96.6, true, '%', true)).toBe('↑1.6个百分点');
    expect(describeChange(0, 4, true, '场', true)).toBe('↑4场');
    expect(describeChange(7, 7, true, '件', true)).toBe('持平');
  });

  it('says 新增 for a figure last year did not give, 不再填报 for one the clerk left out this year, 待填写 before that', () => {
    expect(describeChange(null, 4, true, '件', true)).toBe('新增');
    expect(describeChange(null, 4, true, '件', false)).toBe('');
    expect(describeChange(4, null, true, '件', true)).toBe('不再填报');
    expect(describeChange(4, null, false, '件', true)).toBe('待填写');
    expect(describeChange(null, null, false, '件', true)).toBe('');
  });
});

describe('figureRows', () => {
  it('lists the unit kind\'s indicators and proposes the figure this year\'s text states, with its sentence', () => {
    const report = loadSample();
    const rows = figureRows(report);
    expect(rows.map((r) => r.name)).toContain('行政复议案件数');
    expect(row(report, 'reconsideration-cases')).toMatchObject({
      value: null,
      confirmed: false,
      lastYear: null,
      lastYearFrom: null,
      change: '',
      proposal: { value: 1, sentence: '全年镇政府作为被申请人的行政复议案件1件，经复议维持；' },
    });
  });

  it('proposes nothing once the table says what the text says', () => {
    const report = loadSample();
    report.figures['reconsideration-cases'] = { value: 1, lastYear: null, confirmed: true };
    expect(row(report, 'reconsideration-cases').proposal).toBeNull();
    report.figures['reconsideration-cases'].value = 2;
    expect(row(report, 'reconsideration-cases').proposal?.value).toBe(1);
  });

  it('takes last year\'s figure from last year\'s table, else from last year\'s text', () => {
    const last = loadSample();
    last.figures['litigation-cases'] = { value: 5, lastYear: null, confirmed: true };
    const next = rollForward(last, getTemplate());
    expect(row(next, 'litigation-cases')).toMatchObject({ lastYear: 5, lastYearFrom: 'table', value: null, change: '待填写' });
    expect(row(next, 'reconsideration-cases')).toMatchObject({ lastYear: 1, lastYearFrom: 'text', change: '待填写' });
    next.figures['reconsideration-cases'] = { value: 3, lastYear: null, confirmed: true };
    expect(row(next, 'reconsideration-cases').change).toBe('↑200%');
  });
});

describe('the 今年 boxes', () => {
  it('read digits as a clerk types them, and say why what is not a figure is not', () => {
    expect(parseFigureInput(' １２ ')).toEqual({ ok: true, value: 12 });
    expect(parseFigureInput('1,260')).toEqual({ ok: true, value: 1260 });
    expect(parseFigureInput('96.6%')).toEqual({ ok: true, value: 96.6 });
    expect(parseFigureInput('')).toEqual({ ok: true, value: null });
    expect(parseFigureInput('十二')).toEqual({ ok: false, message: '请填写数字，如 12 或 96.6' });
    expect(parseFigureInput('-3').ok).toBe(false);
    expect(parseFigureInput('99999999999').ok).toBe(false);
    expect(figureInputText(12.5)).toBe('12.5');
    expect(figureInputText(null)).toBe('');
  });

  it('set and confirm a changed row, keep its last year, and leave a row alone while its box holds no figure', () => {
    const figures = { a: { value: null, lastYear: 4, confirmed: false } };
    expect(applyFigureInputs(figures, { a: '5', b: '', c: '1.' })).toEqual({ a: { value: 5, lastYear: 4, confirmed: true } });
    expect(applyFigureInputs({ a: { value: 5, lastYear: 4, confirmed: true } }, { a: '' })).toEqual({ a: { value: null, lastYear: 4, confirmed: true } });
    expect(applyFigureInputs(figures, { a: '' })).toEqual(figures);
  });

  it('mark a row 不再填报 keeping last year\'s figure, and a box left empty then keeps it so', () => {
    const figures = leaveOut({ a: { value: null, lastYear: 4, confirmed: false } }, 'a');
    expect(figures).toEqual({ a: { value: null, lastYear: 4, confirmed: true } });
    expect(leaveOut({}, 'b')).toEqual({ b: { value: null, lastYear: null, confirmed: true } });
    expect(applyFigureInputs(figures, { a: '' })).toEqual(figures);
  });

  it('count as begun once any figure is set or confirmed', () => {
    expect(tableInUse({})).toBe(false);
    expect(tableInUse({ a: { value: null, lastYear: 3, confirmed: false } })).toBe(false);
    expect(tableInUse({ a: { value: 0, lastYear: null, confirmed: true } })).toBe(true);
  });
});
