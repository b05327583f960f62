'use client';

import { useLayoutEffect, useRef } from 'react';
import { useForm, type DefaultValues, type FieldValues } from 'react-hook-form';
import type { TReport } from '@/lib/report/schema';
import { useReportEditor } from './use-report-editor';
import { useSettledValues } from './use-settled-values';

type TOptions<V extends FieldValues> = {
  id: string;
  version: number;
  report: TReport;
  /** The form's share of a report (typed as the form's defaults: a part's outline is typed as four
   * explicit levels in the form), and a report with the form's values put in. */
  pick: (report: TReport) => DefaultValues<V>;
  put: (report: TReport, values: V) => TReport;
  /** After the text on screen changed, by typing or by a merge taken in. */
  onText?: (report: TReport) => void;
};

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * A form over part of the report, kept in step with the report both ways: what is typed goes to the
 * editor (and so to the autosave), and a text merged elsewhere (another tab's save, the server's merge)
 * comes into the form. Writing into a field under an open IME composition would break it, so a merge that
 * arrives then waits for the composition to end, and is then merged with what was composed (by the merge,
 * loaded only then: few page views need it).
 */
export function useSyncedForm<V extends FieldValues>({ id, version, report, pick, put, onText }: TOptions<V>) {
  const form = useForm<V>({ defaultValues: pick(report), shouldFocusError: false });
  // The text on screen before a merge that arrived during a composition: the base to merge it against.
  const before = useRef<TReport | null>(null);
  const options = useRef({ pick, put, onText });
  useLayoutEffect(() => {
    options.current = { pick, put, onText };
  });
  const composing = useRef<() => boolean>(() => false);

  const show = (next: TReport, previous: TReport) => {
    // Until what was composed is merged, the form keeps the clerk's text: it is merged with this text too.
    if (composing.current() || before.current) {
      before.current ??= previous;
      return;
    }
    const values = options.current.pick(next);
    // Unchanged fields keep their DOM value, so the caret and focus stay where the clerk left them.
    if (!same(values, form.getValues())) form.reset(values);
    options.current.onText?.(next);
  };
  const editor = useReportEditor(id, version, report, show);

  const merging = useRef(false);
  /** What was typed over `before` (composed, and typed while the merge loads) merged with the text on screen. */
  const mergeComposed = async () => {
    if (merging.current) return;
    merging.current = true;
    const { mergeReports } = await import('@/lib/report/merge-reports').finally(() => {
      merging.current = false;
    });
    const base = before.current;
    // A composition begun while the merge loaded merges all of it when it ends.
    if (!base || composing.current()) return;
    before.current = null;
    const { put } = options.current;
    const values = form.getValues();
    const merged = mergeReports(base, put(base, values), editor.latest.current);
    if (merged.conflicts.length === 0) return editor.edit(merged.report);
    // The clerk composed over the very place the merge changed: the clerk chooses, and until then the
    // screen shows what was composed.
    editor.composedClash(base, put(editor.latest.current, values));
  };

  const settled = useSettledValues(form, (values) => {
    if (before.current) return void mergeComposed();
    const { pick, put, onText } = options.current;
    // A reset echoes the values it wrote: they are already the text on screen.
    if (same(values, pick(editor.latest.current))) return;
    editor.update((r) => put(r, values));
    onText?.(editor.latest.current);
  });

  useLayoutEffect(() => {
    composing.current = settled.isComposing;
  });

  return { form, editor, handlers: settled.handlers };
}
