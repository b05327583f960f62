import { describe, expect, it } from 'vitest';
import type { TTimelineEvent } from '@/lib/review/review-repository';
import { statusLine } from '@/lib/review/status-line';

const event = (kind: TTimelineEvent['kind'], at: string, who: string, detail: string | null = null): TTimelineEvent => ({ kind, label: kind, at, who, detail });
const timeline = [
  event('submit', '2026-02-10T06:05:00.000Z', '张三'),
  event('return', '2026-02-12T01:30:00.000Z', '李审核', '第二部分需要补充原因分析。'),
  event('submit', '2026-02-14T08:00:00.000Z', '张三'),
  event('accept', '2026-02-15T02:00:00.000Z', '李审核'),
  event('publish', '2026-03-01T02:00:00.000Z', '李审核', '2026-03-01 https://www.example.gov.cn/zwgk/1.html'),
];

describe('statusLine', () => {
  it('tells the unit when and by whom it was submitted (the latest 报送, in Beijing time) and that it is read-only until reviewed', () => {
    expect(statusLine('submitted', timeline, false)).toEqual({ title: '已报送', text: '已于 2026年2月14日 16:00 由 张三 报送，等待县里审核；审核前不能修改。', detail: null });
  });

  it('gives a return’s reason, who and when', () => {
    expect(statusLine('returned', timeline, false)).toEqual({ title: '退回修改', text: '已于 2026年2月12日 09:30 由 李审核 退回。请按理由和批注修改后重新报送。', detail: '第二部分需要补充原因分析。' });
  });

  it('gives a publication’s date in Chinese and its address', () => {
    expect(statusLine('published', timeline, false)).toEqual({ title: '已公开', text: '已于 2026年3月1日 10:00 由 李审核 登记公开，公开日期 2026年3月1日。', detail: 'https://www.example.gov.cn/zwgk/1.html' });
  });

  it('says 起草中 with the way on to the unit, and to a reviewer only that it has not come', () => {
    expect(statusLine('draft', [], false).text).toContain('报送给县里审核');
    expect(statusLine('draft', [], true)).toEqual({ title: '起草中', text: '单位还没有报送。', detail: null });
  });
});
