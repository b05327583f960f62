'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { useId, useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';
import { InlineError } from '@/components/ui/inline-error';

type TProps = { reportId: string; findingKey: string; message: string; excerpt: string; href: string; canFix: boolean };

/** One 提示: what is wrong, where, a 修改 link, a one-click fix where there is one, and 忽略 with a reason. */
export function HintItem({ reportId, findingKey, message, excerpt, href, canFix }: TProps) {
  const router = useRouter();
  const [dismissing, setDismissing] = useState(false);
  const [reason, setReason] = useState('');
  const [error, setError] = useState('');
  // Unique however alike two findings' keys are (the 主要数据 rows' names are often the same length).
  const id = `reason-${useId()}`;

  const act = async (body: object) => {
    setError('');
    const result = await callApi(`/api/reports/${reportId}/findings`, { method: 'POST', body: JSON.stringify({ key: findingKey, ...body }) });
    if (result.ok) router.refresh();
    else setError(result.message);
  };

  return (
    <li className="border-b border-gray-200 py-3" data-testid="hint">
      <p>{message}</p>
      <div className="mt-1 flex flex-wrap items-center gap-3 text-sm">
        <Link href={href} className="text-accent underline">
          修改<span className="sr-only">：{excerpt}</span>
        </Link>
        {canFix ? (
          <button type="button" className={BUTTON.small} onClick={() => void act({ action: 'fix' })}>
            一键改为全角标点
          </button>
        ) : null}
        <button type="button" className={BUTTON.small} aria-expanded={dismissing} onClick={() => setDismissing(!dismissing)}>
          忽略
        </button>
      </div>
      {dismissing ? (
        <div className="mt-2">
          <label htmlFor={id} className="block text-sm font-bold">
            忽略的理由（会随报告保存）
          </label>
          <InlineError id={`${id}-error`} message={error} />
          <div className="flex gap-2">
            <input id={id} value={reason} onChange={(e) => setReason(e.target.value)} className="w-full rounded border-2 border-gray-700 px-2 py-1" />
            <button type="button" className={BUTTON.small} onClick={() => void act({ action: 'dismiss', reason })}>
              确认忽略
            </button>
          </div>
        </div>
      ) : (
        <InlineError id={`${id}-error`} message={error} />
      )}
    </li>
  );
}
