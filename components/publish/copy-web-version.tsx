'use client';

import { useState } from 'react';
import { BUTTON } from '@/components/ui/button-classes';

type TProps = { html: string; text: string };

/** The web version one click from the portal's editor: as HTML (for its source view) or as plain text. Where
 * the browser will not write to the clipboard, the text is selected for Ctrl+C. */
export function CopyWebVersion({ html, text }: TProps) {
  const [copied, setCopied] = useState('');
  const copy = async (which: 'html' | 'text', name: string) => {
    try {
      await navigator.clipboard.writeText(which === 'html' ? html : text);
      setCopied(`已复制${name}，可以粘贴到网站的编辑器中。`);
    } catch {
      (document.getElementById(`web-${which}`) as HTMLTextAreaElement | null)?.select();
      setCopied(`浏览器不允许直接复制：${name}已选中，请按 Ctrl+C 复制。`);
    }
  };
  return (
    <div className="space-y-3">
      <div className="flex flex-wrap gap-3">
        <button type="button" className={BUTTON.primary} onClick={() => void copy('html', '网页版（HTML）')}>
          复制网页版（HTML）
        </button>
        <button type="button" className={BUTTON.secondary} onClick={() => void copy('text', '纯文本')}>
          复制纯文本
        </button>
      </div>
      <p role="status" className="text-green-800" data-testid="copy-status">
        {copied}
      </p>
      <label htmlFor="web-html" className="block font-bold">
        网页版（HTML）
      </label>
      <textarea id="web-html" readOnly rows={6} value={html} className="block w-full rounded border-2 border-gray-700 p-2 font-mono text-sm" />
      <label htmlFor="web-text" className="block font-bold">
        纯文本
      </label>
      <textarea id="web-text" readOnly rows={6} value={text} className="block w-full rounded border-2 border-gray-700 p-2 text-sm" />
    </div>
  );
}
