import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { charDiff, type TDiffPiece } from '@/lib/text/char-diff';

const spell = (pieces: TDiffPiece[], side: 'removed' | 'added') => pieces.filter((p) => p.kind === 'same' || p.kind === side).map((p) => p.text).join('');

describe('charDiff', () => {
  it('marks a changed figure, an inserted clause and changed punctuation character by character', () => {
    expect(charDiff('全年召开党委会12次。', '全年召开党委会15次。')).toEqual([
      { kind: 'same', text: '全年召开党委会1' },
      { kind: 'removed', text: '2' },
      { kind: 'added', text: '5' },
      { kind: 'same', text: '次。' },
    ]);
    expect(charDiff('开展普法活动。', '开展“八五”普法活动。')).toEqual([
      { kind: 'same', text: '开展' },
      { kind: 'added', text: '“八五”' },
      { kind: 'same', text: '普法活动。' },
    ]);
    expect(charDiff('一是学法,二是用法', '一是学法，二是用法')).toEqual([
      { kind: 'same', text: '一是学法' },
      { kind: 'removed', text: ',' },
      { kind: 'added', text: '，' },
      { kind: 'same', text: '二是用法' },
    ]);
  });

  it('spells both texts back exactly, whatever they are', () => {
    const text = fc.string({ unit: fc.constantFrom('法', '治', '政', '府', '1', '2', '。', '\n', '𠀀') , maxLength: 60 });
    fc.assert(
      fc.property(text, text, (a, b) => {
        const pieces = charDiff(a, b);
        expect(spell(pieces, 'removed')).toBe(a);
        expect(spell(pieces, 'added')).toBe(b);
      }),
      { seed: 20261123, numRuns: 500 },
    );
  });

  it('gives two long, unrelated texts as one removal and one addition between their common ends', () => {
    const random = (seed: number, length: number) => {
      let x = seed;
      return Array.from({ length }, () => String.fromCharCode(0x4e00 + ((x = (x * 1103515245 + 12345) % 2 ** 31) % 2000))).join('');
    };
    const [a, b] = [`开头${random(1, 200_000)}结尾`, `开头${random(2, 200_000)}结尾`];
    const pieces = charDiff(a, b);
    expect(pieces.map((p) => p.kind)).toEqual(['same', 'removed', 'added', 'same']);
    expect(spell(pieces, 'removed')).toBe(a);
    expect(spell(pieces, 'added')).toBe(b);
  });
});
