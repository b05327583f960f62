'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';

/** 恢复此版本, after a confirmation; the current text is kept in the history first, so it can be undone. */
export function RestoreButton({ reportId, versionId, version, label }: { reportId: string; versionId: string; version: number; label: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  return (
    <>
      <button
        type="button"
        className={BUTTON.small}
        onClick={async () => {
          if (!window.confirm(`恢复到“${label}”的版本吗？恢复本身也会保存为一个新版本，可以再恢复回来。`)) return;
          const result = await callApi(`/api/reports/${reportId}/history`, { method: 'POST', body: JSON.stringify({ versionId, version }) });
          if (result.ok) router.push(`/reports/${reportId}`);
          else setError(result.message);
        }}
      >
        恢复此版本<span className="sr-only">（{label}）</span>
      </button>
      {error ? <span role="alert" className="text-red-700">{error}</span> : null}
    </>
  );
}
