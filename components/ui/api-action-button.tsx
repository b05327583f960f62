'use client';

import { useRouter } from 'next/navigation';
import { useState, type ReactNode } from 'react';
import { callApi } from '@/lib/http/api-client';

type TProps = {
  url: string;
  method?: 'POST' | 'DELETE';
  body?: unknown;
  /** Asked first; the action runs only when the user agrees. */
  confirm?: string;
  /** Then: refresh the page, open the report the call created, or go to a page. */
  after: 'refresh' | 'open-created' | { href: string };
  className: string;
  children: ReactNode;
};

/** A button that makes one API call and then moves on; the server's Chinese message shows when it fails. */
export function ApiActionButton({ url, method = 'POST', body, confirm, after, className, children }: TProps) {
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState('');
  return (
    <>
      <button
        type="button"
        className={className}
        disabled={busy}
        onClick={async () => {
          if (confirm && !window.confirm(confirm)) return;
          setBusy(true);
          setError('');
          const result = await callApi<{ id?: string }>(url, { method, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });
          setBusy(false);
          if (!result.ok) return setError(result.message);
          if (after === 'refresh') router.refresh();
          else if (after === 'open-created') router.push(`/reports/${result.data.id ?? ''}`);
          else router.push(after.href);
        }}
      >
        {children}
      </button>
      {error ? (
        <span role="alert" className="text-red-700">
          {error}
        </span>
      ) : null}
    </>
  );
}
