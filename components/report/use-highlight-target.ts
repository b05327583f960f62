'use client';

import { useEffect } from 'react';

/** Offset in a multi-line body of character `start` in line `paragraph`. */
function offsetIn(text: string, paragraph: number, start: number): number {
  return text.split('\n').slice(0, paragraph).reduce((n, line) => n + line.length + 1, 0) + start;
}

/**
 * Arriving from a finding's link (#b-id?sel=paragraph:start-end), focuses that field and selects the
 * words the finding is about, so the clerk sees at once what to change.
 */
export function useHighlightTarget() {
  useEffect(() => {
    const id = decodeURIComponent(window.location.hash.slice(1));
    const field = id ? document.getElementById(id) : null;
    if (!(field instanceof HTMLInputElement || field instanceof HTMLTextAreaElement)) return;
    field.scrollIntoView({ block: 'center' });
    field.focus({ preventScroll: true });
    const sel = /^(\d+):(\d+)-(\d+)$/.exec(new URLSearchParams(window.location.search).get('sel') ?? '');
    if (!sel) return;
    const [paragraph, start, end] = [Number(sel[1]), Number(sel[2]), Number(sel[3])];
    const from = offsetIn(field.value, paragraph, start);
    field.setSelectionRange(from, from + (end - start));
  }, []);
}
