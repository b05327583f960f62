'use client';

import { createContext, useContext } from 'react';
import type { TFinding } from '@/lib/checks/types';

/** The checks' findings by section id (and '' for the part as a whole), and how to confirm that a
 * sentence carried over from last year needs no update. */
export const FindingsContext = createContext<{ bySection: Record<string, TFinding[]>; confirm: (sentence: string) => void }>({
  bySection: {},
  confirm: () => undefined,
});

/** The findings about one section, beside its paragraphs: 错误 in red, 提示 in amber. */
export function SectionFindings({ sectionId }: { sectionId: string }) {
  const { bySection, confirm } = useContext(FindingsContext);
  const findings = bySection[sectionId] ?? [];
  if (findings.length === 0) return null;
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
    </ul>
  );
}
