'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';

export function StartFromSampleButton() {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <span>
      <button
        type="button"
        className={BUTTON.secondary}
        disabled={busy}
        onClick={async () => {
          setBusy(true);
          const result = await callApi<{ id: string }>('/api/reports', { method: 'POST', body: JSON.stringify({ from: 'sample' }) });
          if (result.ok) router.push(`/reports/${result.data.id}`);
          else {
            setError(result.message);
            setBusy(false);
          }
        }}
      >
        从示例开始
      </button>
      {error ? <span role="alert" className="ml-2 text-red-700">{error}</span> : null}
    </span>
  );
}
