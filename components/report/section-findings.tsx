'use client';

import { createContext, useContext } from 'react';
import type { TFinding } from '@/lib/checks/types';
import type { TSectionComment } from '@/lib/review/comments-by-section';

/** The checks' findings and the county's open comments by section id (and '' for the part as a whole),
 * and how to confirm that a sentence carried over from last year needs no update. */
export const FindingsContext = createContext<{ bySection: Record<string, TFinding[]>; comments: Record<string, TSectionComment[]>; confirm: (sentence: string) => void }>({
  bySection: {},
  comments: {},
  confirm: () => undefined,
});

/** The findings about one section, beside its paragraphs: 错误 in red, 提示 in amber, the county's comments in blue. */
export function SectionFindings({ sectionId }: { sectionId: string }) {
  const { bySection, comments, confirm } = useContext(FindingsContext);
  const findings = bySection[sectionId] ?? [];
  const notes = comments[sectionId] ?? [];
  if (findings.length === 0 && notes.length === 0) return null;
  return (
    <ul className="mt-2 list-none space-y-1 p-0" data-testid="section-findings">
      {findings.map((f, i) => (
        <li key={i} className={`rounded px-2 py-1 text-sm ${f.severity === '错误' ? 'bg-red-50 text-red-800' : 'bg-amber-50 text-amber-900'}`}>
          <strong>{f.severity}：</strong>
          {f.place.paragraph !== undefined ? `第${f.place.paragraph + 1}段，` : ''}
          {f.message}
          {f.ruleId === 'carried-over' ? (
            <button type="button" className="ml-2 rounded border border-red-300 bg-white px-2 text-xs text-red-900" onClick={() => confirm(f.excerpt)}>
              确认无需更新
            </button>
          ) : null}
        </li>
      ))}
      {notes.map((c) => (
        <li key={c.id} className="rounded bg-blue-50 px-2 py-1 text-sm text-blue-900" data-testid="section-comment">
          <strong>县里批注（{c.author}）：</strong>“{c.excerpt}”一段：{c.body}
        </li>
      ))}
    </ul>
  );
}
