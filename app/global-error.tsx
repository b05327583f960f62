'use client';

import { BUTTON } from '@/components/ui/button-classes';
import './globals.css';

/** When even the page frame fails: a whole document of its own, still in Chinese. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-desk p-6 font-sans text-gray-900">
        <h1 className="mb-4 text-3xl font-bold">年报暂时无法打开</h1>
        <p className="mb-4 max-w-2xl">出现了意外错误，可能是数据库暂时无法连接。已经保存的报告不会因此丢失，尚未发送的修改仍保存在浏览器中。请稍后重试。</p>
        <button type="button" className={BUTTON.primary} onClick={() => reset()}>
          重试
        </button>
      </body>
    </html>
  );
}
