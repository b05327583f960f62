import type { Metadata } from 'next';
import Link from 'next/link';
import type { ReactNode } from 'react';
import { UserBar } from '@/components/auth/user-bar';
import { ServiceWorkerRegistration } from '@/components/offline/service-worker-registration';
import { HydrationMark } from '@/components/ui/hydration-mark';
import './globals.css';

export const metadata: Metadata = {
  title: { default: '年报 · 法治政府建设年度报告', template: '%s · 年报' },
  description: '帮助乡镇（街道）起草法治政府建设情况报告，并下载符合公文格式的 Word 文件。',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="zh-CN">
      <body className="min-h-screen bg-desk font-sans text-gray-900">
        <a href="#main" className="no-print sr-only-focusable bg-white p-2 text-accent underline">
          跳到正文
        </a>
        <header className="no-print border-b border-gray-300 bg-white">
          <div className="mx-auto flex max-w-5xl items-baseline gap-3 px-4 py-3">
            <Link href="/" className="text-xl font-bold text-accent-dark no-underline">
              年报
            </Link>
            <span className="text-sm text-gray-600">法治政府建设年度报告</span>
            <UserBar />
          </div>
        </header>
        <main id="main" className="mx-auto max-w-5xl px-4 py-6">
          {children}
        </main>
        <ServiceWorkerRegistration />
        <HydrationMark />
      </body>
    </html>
  );
}
