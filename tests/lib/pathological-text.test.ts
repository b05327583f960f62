import { describe, expect, it } from 'vitest';
import { applyPunctuationFix } from '@/lib/checks/apply-fix';
import { firstOccurrences } from '@/lib/checks/first-occurrences';
import { runChecks } from '@/lib/checks/run-checks';
import { renderDocx } from '@/lib/docx/render-docx';
import { arrangeSections } from '@/lib/import/arrange-sections';
import { parseSource } from '@/lib/import/parse-source';
import { proposeImport } from '@/lib/import/propose-import';
import { breakLines, CHARS_PER_LINE, layoutPages, LINES_PER_PAGE } from '@/lib/preview/layout-pages';
import { carriesFigure } from '@/lib/report/carried-over';
import { countChars } from '@/lib/report/count';
import { documentBlocks, recipientLine, type TBlock } from '@/lib/report/document-blocks';
import { LIMITS } from '@/lib/report/limits';
import { toFullWidthPunctuation } from '@/lib/report/punctuation';
import { rollForward } from '@/lib/report/roll-forward';
import { textUnits } from '@/lib/report/text-width';
import { getTemplate } from '@/lib/template/get-template';
import { paragraphs, readDocx } from '../support/docx-xml';
import { filled, PATHOLOGICAL, pathologicalReport } from '../support/pathological';

// Inputs of the longest length the schema allows, built so that an algorithm quadratic in its input would
// run for minutes. The assertions are on what comes out; how fast is `npm run bench`'s business.
const template = getTemplate();
const N = LIMITS.body;
const named = (name: string) => pathologicalReport(PATHOLOGICAL.find((p) => p.name === name)!);

describe('half-width punctuation on 100,000 characters', () => {
  it('converts pairs, quotation marks and full stops that touch Chinese', () => {
    expect(toFullWidthPunctuation('(中)'.repeat(N / 4))).toBe('（中）'.repeat(N / 4));
    expect(toFullWidthPunctuation('"中"'.repeat(N / 4))).toBe('“中”'.repeat(N / 4));
    expect(toFullWidthPunctuation("'中'".repeat(N / 4))).toBe('‘中’'.repeat(N / 4));
    expect(toFullWidthPunctuation('中.'.repeat(N / 2))).toBe('中。'.repeat(N / 2));
    expect(toFullWidthPunctuation(`中(${'a'.repeat(N)})`)).toBe(`中（${'a'.repeat(N)}）`);
  });

  it('leaves runs of marks that touch no Chinese as typed', () => {
    for (const unit of ['()', '(', ')', '"', "'", '.', ',', '1']) expect(toFullWidthPunctuation(filled(unit))).toBe(filled(unit));
  });

  it('reads the whole character beside a pair, a surrogate pair included', () => {
    expect(toFullWidthPunctuation('𠀀(a)'.repeat(1000))).toBe('𠀀(a)'.repeat(1000));
    expect(toFullWidthPunctuation('(a)😀'.repeat(1000))).toBe('(a)😀'.repeat(1000));
    expect(toFullWidthPunctuation('(a)中'.repeat(1000))).toBe('（a）中'.repeat(1000));
    expect(toFullWidthPunctuation('\uDC00(a)\uD800')).toBe('\uDC00(a)\uD800');
  });
});

describe('checks of a report whose one section body is 100,000 characters', () => {
  const counts = (name: string) => {
    const { errors, hints } = runChecks(named(name), template);
    const byRule: Record<string, number> = {};
    for (const f of [...errors, ...hints]) if (f.ruleId !== 'length') byRule[f.ruleId] = (byRule[f.ruleId] ?? 0) + 1;
    return byRule;
  };

  it('finds nothing in runs that are not Chinese text', () => {
    for (const name of ['“()”重复', '“(”重复', '半角双引号', '半角单引号', '半角句点', '数字', '“一、”重复', '汉字数字', '全角句号', '无换行', '5 万个换行']) {
      expect({ name, found: counts(name) }).toEqual({ name, found: {} });
    }
  });

  it('offers the full-width fix for a paragraph of 100,000 characters and applies it', () => {
    const report = named('“(中)”重复');
    const found = runChecks(report, template).hints.filter((f) => f.ruleId === 'punctuation');
    expect(found.map((f) => [f.place.paragraph, f.fix, f.excerpt])).toEqual([[0, 'full-width-punctuation', '(中)'.repeat(6) + '(中']]);
    const fixed = applyPunctuationFix(report, found[0]!.place);
    expect(fixed.parts.measures.sections[0]!.body).toBe(`${'（中）'.repeat(Math.floor(N / 3))}(`);
  });

  it('reads a count across a long run of spaces', () => {
    for (const [name, excerpt] of [
      ['全角空格', '办结2件'],
      ['半角空格', '率为101%'],
    ]) {
      const report = named(name!);
      const found = runChecks(report, template).hints.filter((f) => f.ruleId === 'impossible-figure');
      expect(found.map((f) => [f.excerpt, f.place.start])).toEqual([[excerpt, report.parts.measures.sections[0]!.body.indexOf(excerpt!)]]);
    }
  });

  it('marks each of 3,000 carried-over sentences where it stands', () => {
    const found = runChecks(named('3000 句待更新'), template).errors.filter((f) => f.ruleId === 'carried-over');
    expect(found).toHaveLength(3000);
    expect(found.map((f) => [f.place.paragraph, f.place.start, f.place.end])).toEqual(
      Array.from({ length: 3000 }, (_, i) => [i, 0, `第${i + 1}项共办理${i + 1}件。`.length]),
    );
  });

  it('finds many strings where indexOf finds them, overlapping and empty ones included', () => {
    const needles = ['abc', 'bc', 'c', 'bcd', '', 'x'];
    const find = firstOccurrences(needles);
    for (const text of ['', 'abcd', 'xxabcbc', 'ababcd', 'c'.repeat(N)]) {
      const expected = needles.flatMap((s, needle) => (text.includes(s) ? [{ needle, start: text.indexOf(s) }] : []));
      expect(find(text)).toEqual(expected);
    }
  });
});

describe('the preview and the .docx of 100,000 characters', () => {
  it('breaks a paragraph with no line break into lines of the grid', () => {
    const lines = breakLines(filled('法治政府建设'), 2);
    expect(lines).toHaveLength(1 + Math.ceil((N - 26) / CHARS_PER_LINE));
    expect(lines.every((l) => textUnits(l.text) + l.indent <= CHARS_PER_LINE)).toBe(true);
    expect(breakLines(filled('1'), 2)).toHaveLength(1 + Math.ceil((N - 52) / (2 * CHARS_PER_LINE)));
  });

  it('keeps a run of closing marks on one line, as none may start a line', () => {
    expect(breakLines(filled('。'), 2)).toEqual([{ text: filled('。'), indent: 2 }]);
  });

  it('gives each of 50,000 one-character paragraphs a line', () => {
    const lines = (body: string) => layoutPages(documentBlocks(pathologicalReport({ name: '', body }), template)).flatMap((p) => p.lines);
    expect(lines(filled('字\n')).length - lines('').length).toBe(N / 2);
  });

  it('fills pages through a run of 5,000 headings, the last page of them kept with the text after them', () => {
    const blocks: TBlock[] = [...Array.from({ length: 5000 }, (): TBlock => ({ kind: 'heading', level: 1, text: '标题' })), { kind: 'body', text: '正文' }];
    const full = Math.floor((5001 - LINES_PER_PAGE) / LINES_PER_PAGE);
    const rest = 5001 - LINES_PER_PAGE - full * LINES_PER_PAGE;
    expect(layoutPages(blocks).map((p) => p.lines.length)).toEqual([...Array<number>(full).fill(LINES_PER_PAGE), rest, LINES_PER_PAGE]);
  });

  it('prints a paragraph of 100,000 characters converted to full width', async () => {
    const { document } = await readDocx(await renderDocx(named('“(中)”重复')));
    expect(paragraphs(document).map((p) => p.text)).toContain(`${'（中）'.repeat(Math.floor(N / 3))}(`);
  });

  it('ends 主送机关 with one full-width colon after a run of colons', () => {
    expect(recipientLine(`县人民政府${':：'.repeat(100)}`)).toBe('县人民政府：');
  });
});

describe('counting, roll-forward and import of 100,000 characters', () => {
  it('counts characters as Word does', () => {
    expect(countChars(filled('()'))).toBe(1);
    expect(countChars(filled('一'))).toBe(N);
    expect(countChars(filled('字\n'))).toBe(N / 2);
    expect(countChars(filled('\u3000'))).toBe(0);
  });

  it('finds a figure after a long run of Chinese numerals, and none without a measure word', () => {
    expect(carriesFigure(filled('一'))).toBe(false);
    expect(carriesFigure(`${filled('一', N - 1)}件`)).toBe(true);
    const body = `${filled('一', N - 2)}件。`;
    expect(rollForward(pathologicalReport({ name: '', body }), template).carriedOver).toContain(body);
  });

  it('reads 50,000 hand-numbered headings', () => {
    const parsed = parseSource(Array.from({ length: N / 2 }, () => ({ text: '一、学习' })));
    expect(parsed.sections).toHaveLength(N / 2);
    expect(parsed.sections.every((s) => s.heading === '学习' && s.source === '一、学习')).toBe(true);
  });

  it('moves each of 3,000 subsections the clerk moved', () => {
    const lines = ['一、主要举措', ...Array.from({ length: 3000 }, (_, i) => `（${i % 2 === 0 ? '一' : '二'}）小节${i}`)].map((text) => ({ text }));
    const proposal = proposeImport(lines, template);
    const moves = proposal.sections[0]!.section.children.map((c) => ({ sectionId: c.id, part: 'leadership' as const }));
    const arranged = arrangeSections(proposal, {}, moves);
    expect(arranged[0]!.section.children).toEqual([]);
    expect(arranged.slice(1).map((s) => [s.part, s.source])).toEqual(Array.from({ length: 3000 }, (_, i) => ['leadership', `小节${i}`]));
  });

  it('reads 100,000 characters of 一、 with no line break as text, not a heading', () => {
    const text = filled('一、');
    expect(parseSource([{ text }])).toMatchObject({ opening: [text], sections: [] });
  });

  it('keeps a long run of full stops inside a heading the file marks, and drops one that ends it', () => {
    const head = `一、${'甲'.repeat(70)}`;
    const inside = `${head}${'。 '.repeat(N / 2)}乙`;
    expect(parseSource([{ text: inside, level: 1 }]).sections[0]!.source).toBe(inside);
    expect(parseSource([{ text: `${head}${'。 '.repeat(N / 2)}`, level: 1 }]).sections[0]!.source).toBe(head);
  });
});
