import { describe, expect, it } from 'vitest';
import type { TCopy, TJournalEntry } from '@/components/report/browser-store';
import { newestKeptText } from '@/components/offline/kept-copies';
import { loadSample } from '../support/sample';

const withTitle = (title: string) => ({ ...loadSample(), title });
const copy = (at: string): TCopy => ({ reportId: 'r', report: withTitle('服务器上的'), version: 3, at });
const entry = (tabId: string, at: string, report: unknown = withTitle(`标签页${tabId}`)): TJournalEntry =>
  ({ reportId: 'r', tabId, report, baseVersion: 3, at }) as TJournalEntry;

describe('the text the offline page shows', () => {
  it('is the copy the server holds when nothing newer was typed', () => {
    const shown = newestKeptText(copy('2026-01-05T02:00:00.000Z'), [entry('a', '2026-01-05T01:00:00.000Z')]);
    expect(shown).toMatchObject({ at: '2026-01-05T02:00:00.000Z', unsent: false, report: { title: '服务器上的' } });
  });

  it('is the newest unsent text of any tab when it is newer than the copy', () => {
    const entries = [entry('a', '2026-01-05T03:00:00.000Z'), entry('b', '2026-01-05T04:00:00.000Z')];
    expect(newestKeptText(copy('2026-01-05T02:00:00.000Z'), entries)).toMatchObject({ unsent: true, report: { title: '标签页b' } });
    expect(newestKeptText(undefined, entries)).toMatchObject({ unsent: true, report: { title: '标签页b' } });
  });

  it('passes over a text that does not read, and is nothing when nothing is kept', () => {
    const broken = entry('a', '2026-01-05T03:00:00.000Z', { title: '残缺' });
    expect(newestKeptText(copy('2026-01-05T02:00:00.000Z'), [broken])).toMatchObject({ unsent: false });
    expect(newestKeptText(undefined, [broken])).toBeNull();
    expect(newestKeptText(undefined, [])).toBeNull();
  });
});
