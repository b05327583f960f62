import { describe, expect, it } from 'vitest';
import { commentsBySection } from '@/lib/review/comments-by-section';
import type { TComment } from '@/lib/review/review-repository';
import type { TSection } from '@/lib/report/schema';

const section = (id: string, heading: string, body: string, children: TSection[] = []): TSection => ({ id, heading, body, children });
const comment = (id: string, excerpt: string | null, resolvedAt: string | null = null): TComment => ({
  id,
  partKey: 'shortcomings',
  excerpt,
  body: `批注${id}`,
  author: '李审核',
  createdAt: '2026-03-02T01:00:00.000Z',
  resolvedAt,
  resolvedBy: resolvedAt ? '张三' : null,
});

describe('placing the county’s comments beside the paragraphs they quote', () => {
  const sections = [
    section('s1', '法治意识有待增强', '少数干部运用法治思维的能力还不强。', [section('s2', '', '执法人员多为转岗人员，专业知识储备不足。')]),
    section('s3', '原因分析', '一是认识不够深；二是力量薄弱。'),
  ];

  it('finds the section whose heading or text holds the quote, spaces ignored, in reading order', () => {
    const placed = commentsBySection(sections, [comment('a', '专业 知识储备'), comment('b', '原因分析'), comment('c', '二是力量薄弱')]);
    expect(Object.fromEntries(Object.entries(placed).map(([k, v]) => [k, v.map((c) => c.id)]))).toEqual({ s2: ['a'], s3: ['b', 'c'] });
  });

  it('puts a quote found nowhere above the part, and leaves out resolved comments and ones on the whole part', () => {
    const placed = commentsBySection(sections, [comment('d', '这句话已经删掉了'), comment('e', '少数干部', '2026-03-03T00:00:00.000Z'), comment('f', null)]);
    expect(placed).toEqual({ '': [{ id: 'd', body: '批注d', author: '李审核', excerpt: '这句话已经删掉了' }] });
  });
});
