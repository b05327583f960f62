import { describe, expect, it } from 'vitest';
import { hasHalfWidthPunctuation, toFullWidthPunctuation } from '@/lib/report/punctuation';

describe('full-width punctuation in Chinese text (GB/T 15834)', () => {
  it('converts commas, colons, semicolons, question and exclamation marks that touch Chinese', () => {
    expect(toFullWidthPunctuation('第一,第二;第三:第四?好!')).toBe('第一，第二；第三：第四？好！');
    expect(toFullWidthPunctuation('完成率100%,较上年提高')).toBe('完成率100%，较上年提高');
  });

  it('converts a full stop after Chinese at the end or before more Chinese, never inside a number or address', () => {
    expect(toFullWidthPunctuation('工作有序推进.下一步.\n第二段.')).toBe('工作有序推进。下一步。\n第二段。');
    expect(toFullWidthPunctuation('共1.2万件，见www.gov.cn')).toBe('共1.2万件，见www.gov.cn');
  });

  it('converts brackets and quotation marks as pairs around or beside Chinese', () => {
    expect(toFullWidthPunctuation('成立(领导小组),按"放管服"和\'最多跑一次\'要求')).toBe('成立（领导小组），按“放管服”和‘最多跑一次’要求');
    expect(toFullWidthPunctuation('(1)学习')).toBe('（1）学习');
  });

  it('leaves English, numbers with separators and unpaired marks as typed', () => {
    for (const text of ['Hello, world.', 'ICP备2021号', '1,000', 'f(x)=1', '他说"']) expect(toFullWidthPunctuation(text)).toBe(text);
    expect(hasHalfWidthPunctuation('已经规范，无需修改。')).toBe(false);
    expect(hasHalfWidthPunctuation('需要修改,对吧')).toBe(true);
  });
});
