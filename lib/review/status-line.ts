import { formatChineseDate } from '../report/deadlines';
import type { TReportStatus } from './status';
import type { TTimelineEvent } from './review-repository';

const EVENT_OF: Partial<Record<TReportStatus, TTimelineEvent['kind']>> = { submitted: 'submit', returned: 'return', accepted: 'accept', published: 'publish' };

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false, year: 'numeric', month: 'long', day: 'numeric', hour: '2-digit', minute: '2-digit' });

/** What the report's page says of where it stands, from the event that put it there: "已于 2026年2月10日 14:05
 * 由 张三 报送，…". 起草中 says how it goes on, to the unit only (a reviewer is told whose report it is instead). */
export function statusLine(status: TReportStatus, timeline: TTimelineEvent[], forReviewer: boolean): { title: string; text: string; detail: string | null } {
  const kind = EVENT_OF[status];
  const event = kind ? timeline.findLast((e) => e.kind === kind) : undefined;
  const by = event ? `已于 ${when(event.at)} 由 ${event.who || '（未知）'} ` : '';
  switch (status) {
    case 'draft':
      return { title: '起草中', text: forReviewer ? '单位还没有报送。' : '写好并检查没有错误后，在“检查并下载”页报送给县里审核。', detail: null };
    case 'submitted':
      return { title: '已报送', text: `${by}报送，${forReviewer ? '等待审核。' : '等待县里审核；审核前不能修改。'}`, detail: null };
    case 'returned':
      return { title: '退回修改', text: `${by}退回。${forReviewer ? '' : '请按理由和批注修改后重新报送。'}`, detail: event?.detail ?? null };
    case 'accepted':
      return { title: '已通过', text: `${by}审核通过。`, detail: null };
    default: {
      const [date, url] = (event?.detail ?? '').split(' ');
      return { title: '已公开', text: `${by}登记公开${date ? `，公开日期 ${formatChineseDate(date)}` : ''}。`, detail: url ?? null };
    }
  }
}

/** Why the text cannot be changed here, for a page showing it read-only. */
export function readOnlyWhy(stored: { ownUnit: boolean; status: TReportStatus }): string {
  if (!stored.ownUnit) return '这是其他单位的报告，只能阅读和批注，不能修改文字。';
  const label = { submitted: '已报送，县里审核前', accepted: '已通过审核，', published: '已公开，' }[stored.status as 'submitted' | 'accepted' | 'published'] ?? '';
  return `这份报告${label}不能修改。需要修改时，请联系县里退回。`;
}
