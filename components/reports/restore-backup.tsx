'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { callApi } from '@/lib/http/api-client';

/** 导入数据: a backup file read back; reports that already exist are replaced only after the clerk agrees. */
export function RestoreBackup() {
  const router = useRouter();
  const [message, setMessage] = useState('');

  const restore = async (file: File | undefined) => {
    if (!file) return;
    const text = await file.text();
    const send = (replace: boolean) =>
      callApi<{ created: number; replaced: number; unreadable: number }>(`/api/backup${replace ? '?replace=1' : ''}`, { method: 'POST', body: text });
    let result = await send(false);
    if (!result.ok && result.status === 409 && window.confirm(`${result.message}确定覆盖吗？`)) result = await send(true);
    if (result.ok) {
      const skipped = result.data.unreadable ? `备份文件中另有 ${result.data.unreadable} 份无法读取的数据，未导入。` : '';
      setMessage(`已导入 ${result.data.created} 份报告${result.data.replaced ? `，覆盖 ${result.data.replaced} 份` : ''}。${skipped}`);
      router.refresh();
    } else setMessage(result.status === 409 ? '已取消，现有的报告没有改动。' : result.message);
  };

  return (
    <span className="inline-flex flex-wrap items-center gap-2">
      {/* The browser's own file button speaks the browser's language; the Chinese label opens it instead. */}
      <input id="restore-file" type="file" accept=".json,application/json" className="peer sr-only" onChange={(e) => void restore(e.target.files?.[0])} />
      <label htmlFor="restore-file" className="cursor-pointer text-accent underline peer-focus-visible:outline-3 peer-focus-visible:outline-amber-500">
        导入数据
      </label>
      {message ? (
        <span role="status" className="text-sm">
          {message}
        </span>
      ) : null}
    </span>
  );
}
