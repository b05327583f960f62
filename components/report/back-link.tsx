'use client';

import Link from 'next/link';
import { useRouter } from 'next/navigation';
import { anyOffline, flushAllSaves } from './use-autosave';

/** A link out of an editing page that first waits for the autosave, so the next page shows what was typed. */
export function BackLink({ href, children = '返回' }: { href: string; children?: string }) {
  const router = useRouter();
  return (
    <Link
      href={href}
      className="text-accent underline"
      onClick={async (event) => {
        event.preventDefault();
        const question = anyOffline()
          ? '现在无法连接服务器。您的修改已暂存在这台电脑上，下次打开这一页时会提示恢复。确定离开吗？'
          : '有修改尚未保存成功，离开后可能丢失。确定离开吗？';
        if ((await flushAllSaves()) || window.confirm(question)) router.push(href);
      }}
    >
      {children}
    </Link>
  );
}
