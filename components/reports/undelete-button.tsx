'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';

export function UndeleteButton({ id, title }: { id: string; title: string }) {
  const router = useRouter();
  const [error, setError] = useState('');
  return (
    <>
      <button
        type="button"
        className={BUTTON.small}
        onClick={async () => {
          const result = await callApi(`/api/reports/${id}/undelete`, { method: 'POST' });
          if (result.ok) router.refresh();
          else setError(result.message);
        }}
      >
        恢复<span className="sr-only">《{title}》</span>
      </button>
      {error ? <span role="alert" className="text-red-700">{error}</span> : null}
    </>
  );
}
