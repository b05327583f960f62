import type { TReportStatus } from './status';
import type { TTimelineEvent } from './review-repository';

const EVENT_OF: Partial<Record<TReportStatus, TTimelineEvent['kind']>> = { submitted: 'submit', returned: 'return', accepted: 'accept', published: 'publish' };

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** What the report's page says of where it stands, from the event that put it there; null for 起草中. */
export function statusLine(status: TReportStatus, timeline: TTimelineEvent[], forReviewer: boolean): { title: string; text: string; detail: string | null } | null {
  const kind = EVENT_OF[status];
  if (!kind) return null;
  const event = timeline.findLast((e) => e.kind === kind);
  const by = event ? `${when(event.at)} 由 ${event.who || '（未知）'}` : '';
  switch (status) {
    case 'submitted':
      return { title: '已报送', text: `${by}报送，${forReviewer ? '等待审核。' : '等待县里审核；审核前不能修改。'}`, detail: null };
    case 'returned':
      return { title: '退回修改', text: `${by}退回。${forReviewer ? '' : '请按理由和批注修改后重新报送。'}`, detail: event?.detail ?? null };
    case 'accepted':
      return { title: '已通过', text: `${by}审核通过。`, detail: null };
    default: {
      const [date, url] = (event?.detail ?? '').split(' ');
      return { title: '已公开', text: `${by}登记公开${date ? `（公开日期 ${date}）` : ''}。`, detail: url ?? null };
    }
  }
}

/** Why the text cannot be changed here, for a page showing it read-only. */
export function readOnlyWhy(stored: { ownUnit: boolean; status: TReportStatus }): string {
  if (!stored.ownUnit) return '这是其他单位的报告，只能阅读和批注，不能修改文字。';
  const label = { submitted: '已报送，县里审核前', accepted: '已通过审核，', published: '已公开，' }[stored.status as 'submitted' | 'accepted' | 'published'] ?? '';
  return `这份报告${label}不能修改。需要修改时，请联系县里退回。`;
}
