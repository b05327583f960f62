'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';

/** 复制为下一年: this report rolled forward one year, as a new draft. */
export function CopyNextYearButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  return (
    <>
      <button
        type="button"
        className={BUTTON.small}
        onClick={async () => {
          const result = await callApi<{ id: string }>('/api/reports', { method: 'POST', body: JSON.stringify({ from: 'copy', id }) });
          if (result.ok) router.push(`/reports/${result.data.id}`);
          else setError(result.message);
        }}
      >
        复制为下一年<span className="sr-only">：《{title}》</span>
      </button>
      {error ? <span role="alert" className="text-red-700">{error}</span> : null}
    </>
  );
}
