'use client';

import type { TPartStart } from '@/lib/report/numbering';
import { useMemo, useRef, useState } from 'react';
import { FormProvider, useWatch } from 'react-hook-form';
import type { TPartKey } from '@/lib/report/part-keys';
import type { TReport } from '@/lib/report/schema';
import type { TPartProblem } from '@/lib/report/validate-part';
import type { TFinding } from '@/lib/checks/types';
import type { TTemplate, TTemplatePart } from '@/lib/template/schema';
import { BUTTON } from '@/components/ui/button-classes';
import { ErrorSummary, type TSummaryError } from '@/components/ui/error-summary';
import { InlineError } from '@/components/ui/inline-error';
import type { TPartForm } from './part-form-values';
import { ConflictPanel } from './lazy-conflict-panel';
import { SaveStatus } from './save-status';
import { UnsentEditsBanner } from './lazy-unsent-edits-banner';
import { SectionErrorsContext, type TSectionErrors } from './section-errors';
import { FindingsContext, SectionFindings } from './section-findings';
import type { TSectionComment } from '@/lib/review/comments-by-section';
import { useHighlightTarget } from './use-highlight-target';
import { usePartFindings } from './use-part-findings';
import type { TDeleted } from './section-fields';
import { SectionList } from './section-list';
import { useSyncedForm } from './use-synced-form';

type TProps = {
  template: TTemplate;
  findings: TFinding[];
  id: string;
  version: number;
  report: TReport;
  partKey: TPartKey;
  templatePart: TTemplatePart;
  start: TPartStart;
  /** 字数 of this part as the page opens, and of the rest of the report. */
  partChars: number;
  otherChars: number;
  returnTo: string;
  /** The county's open comments on paragraphs, by section (lib/review/comments-by-section). */
  comments: Record<string, TSectionComment[]>;
};

const COUNT_DELAY_MS = 300;

function summaryOf(problems: TPartProblem[]): TSummaryError[] {
  return problems.map((p) => ({ fieldId: p.sectionId ? `${p.field === 'body' ? 'b' : 'h'}-${p.sectionId}` : 'add-first', message: p.message }));
}

export function PartEditor({ template, findings, id, version, report, partKey, templatePart, start, partChars, otherChars, returnTo, comments }: TProps) {
  const checks = usePartFindings(partKey, template, findings);
  // The server counts the part the page opens with; the counting is loaded on the first recount.
  const [chars, setChars] = useState(partChars);
  const countTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const { form, editor, handlers } = useSyncedForm<TPartForm>({
    id,
    version,
    report,
    pick: (r) => r.parts[partKey],
    put: (r, part) => ({ ...r, parts: { ...r.parts, [partKey]: structuredClone(part) } }),
    onText: (r) => {
      checks.recheck(r);
      clearTimeout(countTimer.current);
      countTimer.current = setTimeout(() => void import('@/lib/report/count').then(({ countPart }) => setChars(countPart(r.parts[partKey]))), COUNT_DELAY_MS);
    },
  });
  useHighlightTarget();
  const confirmSentence = (sentence: string) => {
    editor.update((r) => ({ ...r, carriedOver: r.carriedOver?.filter((s) => s !== sentence) }));
    checks.recheck(editor.latest.current, 0);
  };
  const { control, register, setValue, getValues } = form;
  const [problems, setProblems] = useState<TPartProblem[]>([]);
  const [deleted, setDeleted] = useState<TDeleted | null>(null);
  const none = useWatch({ control, name: 'none' });
  const done = useWatch({ control, name: 'done' });

  const sectionErrors = useMemo(() => {
    const map: TSectionErrors = {};
    for (const p of problems) if (p.sectionId && p.field !== 'part') map[p.sectionId] = { ...map[p.sectionId], [p.field]: p.message };
    return map;
  }, [problems]);
  const partProblem = problems.find((p) => !p.sectionId)?.message;

  const onContinue = async () => {
    // The schema (zod) is loaded when the clerk first asks to continue, not with the page: it is the
    // largest piece of the editor's JavaScript and typing never needs it.
    const { validatePart } = await import('@/lib/report/validate-part');
    const found = validatePart(getValues(), { allowNone: templatePart.allowNone, done });
    setProblems(found);
    if (found.length === 0) await editor.leave(returnTo);
  };

  return (
    <FindingsContext.Provider value={{ bySection: checks.bySection, comments, confirm: confirmSentence }}>
    <FormProvider {...form}>
      <form noValidate onSubmit={(e) => e.preventDefault()} {...handlers}>
        <ErrorSummary errors={summaryOf(problems)} />
        <UnsentEditsBanner id={id} current={() => editor.latest.current} restore={editor.restore} />
        {editor.conflict ? <ConflictPanel conflict={editor.conflict} template={template} onResolve={editor.resolveConflict} onListed={editor.onListed} /> : null}
        <div className="sticky top-0 z-10 mb-4 flex flex-wrap items-center justify-between gap-2 border-b border-gray-300 bg-desk py-2">
          <SaveStatus state={editor.state} listed={editor.listed} onSignedIn={editor.resume} />
          <p className="text-sm text-gray-700" aria-live="off">
            本部分 <span data-testid="part-chars">{chars}</span> 字 · 全文 <span data-testid="report-chars">{otherChars + chars}</span> 字
          </p>
        </div>
        <InlineError id="part-error" message={partProblem} />
        {templatePart.allowNone ? (
          <label className="mb-4 flex items-center gap-2 rounded bg-white p-3">
            <input type="checkbox" id="add-first" {...register('none')} />
            本部分没有需要报告的情况（报告中写“无”）
          </label>
        ) : null}
        {deleted ? (
          <div role="status" className="mb-4 flex items-center gap-3 rounded bg-yellow-50 p-3">
            已删除“{deleted.section.heading || '（无小标题）'}”。
            <button
              type="button"
              className={BUTTON.small}
              onClick={() => {
                deleted.restore();
                setDeleted(null);
              }}
            >
              撤销删除
            </button>
          </div>
        ) : null}
        <SectionFindings sectionId="" />
        <SectionErrorsContext.Provider value={sectionErrors}>
          {none ? null : (
            <SectionList
              name="sections"
              level={1}
              start={start}
              suggestions={templatePart.suggestedTopics}
              firstAddId={templatePart.allowNone ? undefined : 'add-first'}
              onDelete={setDeleted}
            />
          )}
        </SectionErrorsContext.Provider>
        <fieldset className="mt-8 rounded bg-white p-4">
          <legend className="float-left mb-2 text-lg font-bold">本部分是否已完成？</legend>
          <div className="clear-both flex flex-col gap-2">
            {[
              [true, '是'],
              [false, '否，稍后再来'],
            ].map(([value, text]) => (
              <label key={String(value)} className="flex items-center gap-2">
                <input type="radio" name="done-choice" checked={done === value} onChange={() => setValue('done', value as boolean, { shouldDirty: true })} />
                {text}
              </label>
            ))}
          </div>
          <p className="mt-2 text-sm text-gray-700">选择“否”也不会丢失内容：您写的每一个字都已自动保存。</p>
          <button type="button" className={`${BUTTON.primary} mt-4`} onClick={() => void onContinue()}>
            继续
          </button>
        </fieldset>
      </form>
    </FormProvider>
    </FindingsContext.Provider>
  );
}
