'use client';

import { useRouter } from 'next/navigation';
import { useRef, useState } from 'react';
import { callApi } from '@/lib/http/api-client';
import { decodeText } from '@/lib/import/decode-text';
import { BUTTON } from './button-classes';
import { InlineError } from './inline-error';

/** `done`: what is said after, with {n} for how many were added (a server page cannot hand over a function). */
type TProps = { id: string; label: string; hint: string; url: string; done: string };

/** Adds many at once from a spreadsheet saved as CSV: the server checks every row first and adds all or
 * nothing, naming the first bad row. */
export function CsvUpload({ id, label, hint, url, done }: TProps) {
  const router = useRouter();
  const file = useRef<HTMLInputElement>(null);
  const [error, setError] = useState('');
  const [saved, setSaved] = useState('');
  const [busy, setBusy] = useState(false);
  const upload = async () => {
    setError('');
    setSaved('');
    const chosen = file.current?.files?.[0];
    if (!chosen) return setError('请选择一个 CSV 文件');
    if (chosen.size > 1_000_000) return setError('CSV 文件太大（最多 1 MB）');
    let csv: string;
    try {
      // Excel and WPS on a Chinese Windows save “CSV” as GBK unless told UTF-8.
      csv = decodeText(new Uint8Array(await chosen.arrayBuffer()));
    } catch (failure) {
      return setError(failure instanceof Error ? failure.message : '无法读取这个文件');
    }
    setBusy(true);
    const result = await callApi<unknown[]>(url, { method: 'POST', body: JSON.stringify({ csv }) });
    setBusy(false);
    if (!result.ok) {
      setError(result.message);
      return file.current?.focus();
    }
    setSaved(done.replace('{n}', String(result.data.length)));
    if (file.current) file.current.value = '';
    router.refresh();
  };
  return (
    <div className={`mb-4 rounded border border-gray-300 bg-white p-4 ${error ? 'border-l-4 border-l-red-700' : ''}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-gray-600">
        {hint}
      </p>
      <div role="alert">
        <InlineError id={`${id}-error`} message={error} />
      </div>
      <input ref={file} id={id} type="file" accept=".csv,text/csv" aria-describedby={`${id}-hint${error ? ` ${id}-error` : ''}`} aria-invalid={!!error} className="my-2 block" />
      <div className="flex flex-wrap items-center gap-3">
        <button type="button" className={BUTTON.secondary} disabled={busy} onClick={() => void upload()}>
          上传并添加
        </button>
        <p role="status" className="text-green-800">
          {saved}
        </p>
      </div>
    </div>
  );
}
