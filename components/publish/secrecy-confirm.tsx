'use client';

import { useState } from 'react';
import { ApiActionButton } from '@/components/ui/api-action-button';
import { BUTTON } from '@/components/ui/button-classes';
import { SECRECY_STATEMENT } from './secrecy-statement';

/** 确认保密审查 of the version shown, recorded with who and when; the web version follows. */
export function SecrecyConfirm({ id, version }: { id: string; version: number }) {
  const [checked, setChecked] = useState(false);
  return (
    <div className="space-y-3">
      <label className="flex items-start gap-2">
        <input type="checkbox" checked={checked} onChange={(e) => setChecked(e.target.checked)} className="mt-1.5" />
        <span>{SECRECY_STATEMENT}</span>
      </label>
      {checked ? (
        <ApiActionButton url={`/api/reports/${id}/web`} body={{ version }} after="refresh" className={BUTTON.primary}>
          确认并生成网页公开版
        </ApiActionButton>
      ) : (
        <button type="button" disabled className={BUTTON.primary}>
          确认并生成网页公开版
        </button>
      )}
    </div>
  );
}
