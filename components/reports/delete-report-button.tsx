'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';

export function DeleteReportButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  return (
    <>
      <button
        type="button"
        className={BUTTON.danger}
        onClick={async () => {
          if (!window.confirm(`确定删除《${title}》吗？删除后 30 天内可以在“已删除”中恢复。`)) return;
          const result = await callApi(`/api/reports/${id}`, { method: 'DELETE' });
          if (result.ok) router.refresh();
          else setError(result.message);
        }}
      >
        删除<span className="sr-only">《{title}》</span>
      </button>
      {error ? <span role="alert" className="text-red-700">{error}</span> : null}
    </>
  );
}
