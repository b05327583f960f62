import type { ReactNode } from 'react';

const FIGURE = /(\d+(?:\.\d+)?\s*(?:%|％|万元|亿元|年|件|次|人|个|场|项|宗|起|期|名|户|批|条|份|家|所)?)/g;

function highlighted(text: string): ReactNode[] {
  return text.split(FIGURE).map((part, i) => (i % 2 === 1 ? <mark key={i} className="bg-amber-200">{part}</mark> : part));
}

/** Last year's text of the part, beside the editor, its figures and years highlighted. */
export function ReferencePanel({ year, text }: { year: number; text: string }) {
  return (
    <aside className="rounded border-l-4 border-amber-400 bg-white p-4 lg:sticky lg:top-2 lg:max-h-[90vh] lg:overflow-y-auto" aria-labelledby="reference-heading" data-testid="reference">
      <h2 id="reference-heading" className="font-bold">
        去年报告（{year}年度）的这一部分
      </h2>
      <p className="text-sm text-gray-700">仅供参考，数字和年份已标出。</p>
      {text.trim() ? (
        text.split('\n').map((line, i) => (
          <p key={i} className="mt-2 text-sm leading-6">
            {highlighted(line)}
          </p>
        ))
      ) : (
        <p className="mt-2 text-sm">去年的报告没有这一部分。</p>
      )}
    </aside>
  );
}
