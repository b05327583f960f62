import type { TStoredReport } from '@/lib/db/report-repository';
import { unitMayEdit } from '@/lib/review/status';
import { ApiActionButton } from '@/components/ui/api-action-button';
import { BUTTON } from '@/components/ui/button-classes';

type TProps = { stored: TStoredReport; blockers: string[] };

/** 报送 to the county, for the unit's clerk while the report is theirs to write: only without 错误, and
 * after saying that the text is then read-only until the county returns it. */
export function SubmitPanel({ stored, blockers }: TProps) {
  if (!stored.ownUnit || !unitMayEdit(stored.status)) return null;
  return (
    <section aria-labelledby="submit-heading" className="mt-6 rounded bg-white p-4 shadow-sm" data-testid="submit-panel">
      <h2 id="submit-heading" className="text-xl font-bold">
        {stored.status === 'returned' ? '重新报送' : '报送'}
      </h2>
      <p className="mb-3 text-gray-700">报送给县里审核。报送后，在县里审核前不能再修改；县里退回后可以修改再报送。</p>
      {blockers.length > 0 ? (
        <p className="font-bold text-red-700">还有 {blockers.length} 处错误，改正后才能报送。</p>
      ) : (
        <ApiActionButton
          url={`/api/reports/${stored.id}/review`}
          body={{ action: 'submit', version: stored.version }}
          confirm="报送后，在县里审核前不能再修改。确定报送吗？"
          after="refresh"
          className={BUTTON.primary}
        >
          报送
        </ApiActionButton>
      )}
    </section>
  );
}
