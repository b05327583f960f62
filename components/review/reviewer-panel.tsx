import Link from 'next/link';
import type { TStoredReport } from '@/lib/db/report-repository';
import { TRANSITIONS } from '@/lib/review/status';
import { ApiActionButton } from '@/components/ui/api-action-button';
import { BUTTON } from '@/components/ui/button-classes';
import { ApiForm } from '@/components/ui/api-form';

type TProps = {
  stored: TStoredReport;
  parts: Array<{ key: string; label: string }>;
  /** The version kept when the report was last returned, to compare with now. */
  returnedVersionId: string | null;
};

/** The county reviewer's side of a report, beside its preview: 通过, 退回修改 with a reason, 登记公开, and
 * 批注 on the report, a part or a paragraph. Each decision names the version shown (409 if it changed). */
export function ReviewerPanel({ stored, parts, returnedVersionId }: TProps) {
  const { id, version, status } = stored;
  const may = (action: keyof typeof TRANSITIONS) => TRANSITIONS[action].from.includes(status);
  const url = `/api/reports/${id}/review`;
  return (
    <section aria-labelledby="review-heading" className="no-print mb-6 rounded bg-desk" data-testid="reviewer-panel">
      <h2 id="review-heading" className="mb-3 text-xl font-bold">
        审核
      </h2>
      {returnedVersionId ? (
        <p className="mb-3">
          <Link href={`/reports/${id}/history?compare=${returnedVersionId}`} className="text-accent underline">
            自退回后修改了什么
          </Link>
        </p>
      ) : null}
      {may('accept') ? (
        <div className="mb-4">
          <ApiActionButton url={url} body={{ action: 'accept', version }} confirm="确定审核通过这份报告吗？" after="refresh" className={BUTTON.primary}>
            通过
          </ApiActionButton>
        </div>
      ) : null}
      {may('return') ? (
        <ApiForm
          key={`return-${version}`}
          id="return"
          legend="退回修改"
          fields={[{ name: 'reason', label: '退回理由', hint: '单位会在报告的每一页上看到这段话。', kind: 'textarea' }]}
          schema="review"
          fixed={{ action: 'return', version }}
          url={url}
          submit="退回修改"
        />
      ) : null}
      {may('publish') ? (
        <ApiForm
          key={`publish-${version}`}
          id="publish"
          legend="登记公开"
          fields={[
            { name: 'url', label: '公开网址', hint: '如 https://www.example.gov.cn/zwgk/2026/0301/123.html', kind: 'text' },
            { name: 'date', label: '公开日期', kind: 'date' },
          ]}
          schema="review"
          fixed={{ action: 'publish', version }}
          url={url}
          submit="登记公开"
        />
      ) : null}
      <ApiForm
        id="comment"
        legend="批注"
        fields={[
          { name: 'partKey', label: '针对', kind: 'select', optional: true, options: [{ value: '', label: '全文' }, ...parts.map((p) => ({ value: p.key, label: p.label }))] },
          { name: 'excerpt', label: '针对的段落（可选）', optional: true, hint: '从段落开头复制几个字，单位就能找到它。', kind: 'text' },
          { name: 'body', label: '批注内容', kind: 'textarea' },
        ]}
        schema="comment"
        fixed={{}}
        url={`/api/reports/${id}/comments`}
        submit="添加批注"
      />
    </section>
  );
}
