'use client';

import { useEffect, useState } from 'react';
import type { TReport } from '@/lib/report/schema';
import { BUTTON } from '@/components/ui/button-classes';
import { dropJournalEntry, journalEntries, type TJournalEntry } from './browser-store';
import { liveTabs, tabId } from './tab-id';

type TProps = {
  id: string;
  /** The text on screen: an entry that is already exactly this is not offered. */
  current: () => TReport;
  restore: (entry: TJournalEntry, done: () => void) => Promise<void>;
};

const time = (at: string) => new Date(at).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** Unsent text left in this browser's journal by tabs no longer open (closed, crashed, reloaded),
 * offered back one by one. A tab still open keeps its own. */
export function UnsentEditsBanner({ id, current, restore }: TProps) {
  const [entries, setEntries] = useState<TJournalEntry[]>([]);
  useEffect(() => {
    let live = true;
    void (async () => {
      const [all, open] = await Promise.all([journalEntries(id), liveTabs()]);
      const shown = JSON.stringify(current());
      const left = all.filter((e) => e.tabId !== tabId() && !open.has(e.tabId));
      // What the server already holds needs no offer: the entry only waited for its acknowledgement.
      await Promise.all(left.filter((e) => JSON.stringify(e.report) === shown).map(dropJournalEntry));
      if (live) setEntries(left.filter((e) => JSON.stringify(e.report) !== shown).sort((a, b) => b.at.localeCompare(a.at)));
    })();
    return () => {
      live = false;
    };
    // Read once per page: the journal is checked when the report is opened.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [id]);
  if (entries.length === 0) return null;
  const settle = async (entry: TJournalEntry) => {
    await dropJournalEntry(entry);
    setEntries((list) => list.filter((e) => e !== entry));
  };
  return (
    <div role="alert" className="mb-4 rounded border-2 border-amber-500 bg-amber-50 p-4" data-testid="unsent-edits">
      <p className="font-bold">这台电脑上有尚未保存到服务器的修改（可能是关闭或崩溃的窗口留下的）：</p>
      <ul className="mt-2 flex flex-col gap-2">
        {entries.map((entry) => (
          <li key={`${entry.tabId}|${entry.editor}`} className="flex flex-wrap items-center gap-3">
            <span>{time(entry.at)} 的修改</span>
            <button type="button" className={BUTTON.primary} onClick={() => void restore(entry, () => void settle(entry))}>
              恢复这些修改
            </button>
            <button type="button" className={BUTTON.secondary} onClick={() => void settle(entry)}>
              丢弃
            </button>
          </li>
        ))}
      </ul>
      <p className="mt-2 text-sm">恢复会把这些修改与现在的内容合并；双方改动了同一处时，会请您逐处选择。</p>
    </div>
  );
}
