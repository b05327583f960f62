'use client';

import { useState, type DragEvent } from 'react';
import type { TImportProposal } from '@/lib/import/propose-import';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';

type TProps = { onRead: (proposal: TImportProposal, sourceName: string) => void };

async function upload(file: File): Promise<{ ok: true; data: TImportProposal } | { ok: false; message: string }> {
  const form = new FormData();
  form.set('file', file);
  try {
    const response = await fetch('/api/import', { method: 'POST', body: form });
    const body = (await response.json().catch(() => null)) as TImportProposal | { message?: string } | null;
    if (response.ok && body) return { ok: true, data: body as TImportProposal };
    return { ok: false, message: (body as { message?: string } | null)?.message ?? `服务器出错（${response.status}）` };
  } catch {
    return { ok: false, message: '无法连接服务器，请检查网络后重试。' };
  }
}

/** Step 1: a file (chosen or dropped) or pasted text; errors say what is wrong and what to do instead. */
export function ChooseSource({ onRead }: TProps) {
  const [error, setError] = useState('');
  const [busy, setBusy] = useState(false);
  const [text, setText] = useState('');

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    setBusy(true);
    setError('');
    const result = await upload(file);
    setBusy(false);
    if (result.ok) onRead(result.data, file.name);
    else setError(result.message);
  };
  const readText = async () => {
    setBusy(true);
    setError('');
    const result = await callApi<TImportProposal>('/api/import', { method: 'POST', body: JSON.stringify({ text }) });
    setBusy(false);
    if (result.ok) onRead(result.data, '粘贴的文字');
    else setError(result.message);
  };

  return (
    <div className="space-y-6">
      {error ? (
        <div role="alert" tabIndex={-1} className="border-4 border-red-700 bg-white p-4">
          <h2 className="font-bold">存在问题</h2>
          <p className="text-red-700">{error}</p>
        </div>
      ) : null}
      <section
        className="rounded border-2 border-dashed border-gray-400 bg-white p-6"
        onDragOver={(e: DragEvent) => e.preventDefault()}
        onDrop={(e: DragEvent) => {
          e.preventDefault();
          void readFile(e.dataTransfer.files[0]);
        }}
      >
        <label htmlFor="import-file" className="block text-lg font-bold">
          上传去年的报告
        </label>
        <p id="import-file-hint" className="text-sm text-gray-700">
          Word 文件（.docx 或 .doc）、政府网站上下载的 PDF 或文本文件（.txt），不超过 10 MB。也可以把文件拖到这里。
        </p>
        <input id="import-file" type="file" accept=".docx,.doc,.pdf,.txt" aria-describedby="import-file-hint" disabled={busy} className="mt-2" onChange={(e) => void readFile(e.target.files?.[0])} />
      </section>
      <section className="rounded bg-white p-6">
        <label htmlFor="import-text" className="block text-lg font-bold">
          或者粘贴文字
        </label>
        <p className="text-sm text-gray-700">从政府网站复制整页文字即可，导航、二维码提示、版权信息等会自动去掉。</p>
        <textarea id="import-text" rows={8} className="mt-2 block w-full rounded border-2 border-gray-700 p-2" value={text} onChange={(e) => setText(e.target.value)} />
        <button type="button" className={`${BUTTON.primary} mt-3`} disabled={busy || !text.trim()} onClick={() => void readText()}>
          识别粘贴的文字
        </button>
      </section>
    </div>
  );
}
