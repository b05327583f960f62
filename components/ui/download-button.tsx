import type { ReactNode } from 'react';

/** A download that is recorded (已下载, a version kept): a button posting a form, since a GET must change
 * nothing. The server's Content-Disposition names the file and keeps the clerk on the page. */
export function DownloadButton({ href, className, testId, children }: { href: string; className: string; testId?: string; children: ReactNode }) {
  return (
    <form method="post" action={href} className="inline">
      <button type="submit" className={className} data-testid={testId}>
        {children}
      </button>
    </form>
  );
}
