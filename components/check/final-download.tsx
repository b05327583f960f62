'use client';

import { useState } from 'react';
import { BUTTON } from '@/components/ui/button-classes';
import { DownloadButton } from '@/components/ui/download-button';
import { SECRECY_STATEMENT } from '@/components/publish/secrecy-statement';

/** 下载正式稿 once the clerk confirms the 保密审查 (the report will be published), or why it is held back. */
export function FinalDownload({ href, blockers }: { href: string; blockers: string[] }) {
  const [confirmed, setConfirmed] = useState(false);
  if (blockers.length > 0) {
    return (
      <>
        <button type="button" disabled aria-describedby="final-blocked" className={BUTTON.primary}>
          下载正式稿
        </button>
        <p id="final-blocked" className="w-full text-gray-800">
          正式稿暂不能下载：请先改正上方“存在问题”中的 {blockers.length} 处错误。草稿可以随时下载。
        </p>
      </>
    );
  }
  return (
    <>
      <label className="flex w-full items-start gap-2">
        <input type="checkbox" checked={confirmed} onChange={(e) => setConfirmed(e.target.checked)} className="mt-1.5" />
        <span>{SECRECY_STATEMENT}</span>
      </label>
      {confirmed ? (
        <DownloadButton href={`${href}?confirm=secrecy`} className={BUTTON.primary} testId="download-docx">
          下载正式稿
        </DownloadButton>
      ) : (
        <button type="button" disabled className={BUTTON.primary}>
          下载正式稿
        </button>
      )}
    </>
  );
}
