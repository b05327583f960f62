import { describe, expect, it } from 'vitest';
import { countChars, countPart } from '@/lib/report/count';

describe('字数 as Word counts it', () => {
  it('counts each Chinese character and full-width punctuation mark as one', () => {
    expect(countChars('法治政府建设。')).toBe(7);
  });

  it('counts a run of Latin letters or digits as one word', () => {
    expect(countChars('完成率100%，共 58 件')).toBe(8);
    expect(countChars('ICP备2021号')).toBe(4);
  });

  it('ignores white space and line breaks', () => {
    expect(countChars('  一\n二\t三  ')).toBe(3);
  });

  it('counts an emoji or a rare character outside the BMP once', () => {
    expect(countChars('好👍🏽𠀀')).toBe(3);
  });

  it('counts an explicit 无 as one character', () => {
    expect(countPart({ sections: [], none: true, done: true })).toBe(1);
  });
});
