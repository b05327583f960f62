'use client';

import { useEffect, useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';
import { clearStash, readStash, type TStashed } from './draft-stash';

/** After a crash or a closed tab: edits this browser kept but the server never acknowledged, offered back. */
export function UnsentEditsBanner({ id, version }: { id: string; version: number }) {
  const [stashed, setStashed] = useState<TStashed | null>(null);
  const [error, setError] = useState('');
  useEffect(() => {
    void readStash(id).then((s) => setStashed(s ?? null));
  }, [id]);
  if (!stashed) return null;
  const when = new Date(stashed.at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  return (
    <div role="alert" className="mb-4 rounded border-2 border-amber-500 bg-amber-50 p-4" data-testid="unsent-edits">
      <p className="font-bold">这台电脑上有 {when} 尚未保存到服务器的修改。</p>
      {stashed.version < version ? <p className="text-sm">注意：这些修改之后，报告已在其他地方被修改过；恢复会用这些修改覆盖较新的内容（较新的内容仍可在“历史版本”中找回）。</p> : null}
      <div className="mt-2 flex gap-3">
        <button
          type="button"
          className={BUTTON.primary}
          onClick={async () => {
            const result = await callApi(`/api/reports/${id}`, { method: 'PUT', body: JSON.stringify({ version, report: stashed.report }) });
            if (!result.ok) return setError(result.message);
            await clearStash(id);
            window.location.reload();
          }}
        >
          恢复这些修改
        </button>
        <button
          type="button"
          className={BUTTON.secondary}
          onClick={async () => {
            await clearStash(id);
            setStashed(null);
          }}
        >
          丢弃
        </button>
      </div>
      {error ? <p className="mt-2 text-red-700">{error}</p> : null}
    </div>
  );
}
