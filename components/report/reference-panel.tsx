'use client';

import { useEffect, useRef, useState, type ReactNode } from 'react';

const FIGURE = /(\d+(?:\.\d+)?\s*(?:%|％|万元|亿元|年|件|次|人|个|场|项|宗|起|期|名|户|批|条|份|家|所)?)/g;
// How much of a renamed heading is enough to find last year's: its first few characters.
const HEADING_START = 6;

function highlighted(text: string): ReactNode[] {
  return text.split(FIGURE).map((part, i) => (i % 2 === 1 ? <mark key={i} className="bg-amber-200">{part}</mark> : part));
}

/** The line of last year's text that a section heading of this year's draft came from. */
function lineOfHeading(lines: string[], heading: string): number {
  const exact = lines.findIndex((l) => l.trim() === heading);
  return exact >= 0 ? exact : lines.findIndex((l) => l.trim().length < 80 && l.includes(heading.slice(0, HEADING_START)));
}

/** Last year's text of the part, beside the editor, its figures and years highlighted; it follows the
 * section being edited to last year's text of that section. */
export function ReferencePanel({ year, text }: { year: number; text: string }) {
  const lines = text.split('\n');
  const [current, setCurrent] = useState(-1);
  const paragraphs = useRef<Array<HTMLParagraphElement | null>>([]);

  useEffect(() => {
    const follow = (event: FocusEvent) => {
      const section = event.target instanceof Element ? event.target.closest('[data-testid="section"]') : null;
      const heading = section?.querySelector<HTMLInputElement>('input[id^="h-"]')?.value.trim();
      if (!heading) return;
      const at = lineOfHeading(text.split('\n'), heading);
      if (at < 0) return;
      setCurrent(at);
      paragraphs.current[at]?.scrollIntoView({ block: 'nearest' });
    };
    document.addEventListener('focusin', follow);
    return () => document.removeEventListener('focusin', follow);
  }, [text]);

  return (
    <aside className="rounded border-l-4 border-amber-400 bg-white p-4 lg:sticky lg:top-2 lg:max-h-[90vh] lg:overflow-y-auto" aria-labelledby="reference-heading" data-testid="reference">
      <h2 id="reference-heading" className="font-bold">
        去年报告（{year}年度）的这一部分
      </h2>
      <p className="text-sm text-gray-700">仅供参考，数字和年份已标出；正在编辑的小节在去年的位置会标出。</p>
      {text.trim() ? (
        lines.map((line, i) => (
          <p
            key={i}
            ref={(el) => {
              paragraphs.current[i] = el;
            }}
            aria-current={i === current ? 'true' : undefined}
            className={`mt-2 text-sm leading-6 ${i === current ? 'border-l-4 border-accent pl-2 font-bold' : ''}`}
          >
            {highlighted(line)}
          </p>
        ))
      ) : (
        <p className="mt-2 text-sm">去年的报告没有这一部分。</p>
      )}
    </aside>
  );
}
