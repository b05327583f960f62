'use client';

import Link from 'next/link';
import { BUTTON } from '@/components/ui/button-classes';

/** A page that failed on the server (most often: the database could not be reached) says so in Chinese
 * and offers to try again, instead of Next's English default. */
export default function ErrorPage({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <>
      <h1 className="mb-4 text-3xl font-bold">页面暂时无法打开</h1>
      <p className="mb-2 max-w-2xl">读取数据时出错，可能是数据库暂时无法连接。请稍后点“重试”。</p>
      <p className="mb-4 max-w-2xl text-sm text-gray-700">已经保存的报告不会因此丢失；正在编辑、尚未发送的修改仍保存在这台电脑的浏览器中。</p>
      <div className="flex flex-wrap items-center gap-4">
        <button type="button" className={BUTTON.primary} onClick={() => reset()}>
          重试
        </button>
        <Link href="/" className="text-accent underline">
          返回我的报告
        </Link>
      </div>
    </>
  );
}
