'use client';

import { useState } from 'react';
import { useWatch } from 'react-hook-form';
import { applyFigureInputs, figureInputText, leaveOut, parseFigureInput } from '@/lib/figures/figure-inputs';
import { figureRows, formatFigure, type TFigureRow } from '@/lib/figures/figure-rows';
import { getIndicators } from '@/lib/figures/get-indicators';
import type { TReport } from '@/lib/report/schema';
import type { TTemplate } from '@/lib/template/schema';
import { BUTTON } from '@/components/ui/button-classes';
import { ErrorSummary, type TSummaryError } from '@/components/ui/error-summary';
import { INPUT } from '@/components/ui/field';
import { ConflictPanel } from './lazy-conflict-panel';
import { SaveStatus } from './save-status';
import { UnsentEditsBanner } from './lazy-unsent-edits-banner';
import { useHighlightTarget } from './use-highlight-target';
import { useSyncedForm } from './use-synced-form';

type TValues = Record<string, string>;
type TProps = { id: string; version: number; report: TReport; template: TTemplate; returnTo: string };

const inputId = (key: string) => `figure-${key}`;

/** The 今年 boxes: one per indicator of the report's unit kind, as text. */
function valuesOf(report: TReport): TValues {
  return Object.fromEntries(getIndicators(report.unitKind).map((i) => [i.key, figureInputText(Object.hasOwn(report.figures, i.key) ? report.figures[i.key]!.value : null)]));
}

/** 去年: the figure, and where it came from when it was read from last year's text rather than its table. */
function LastYear({ row }: { row: TFigureRow }) {
  if (row.lastYear === null) return <span className="text-gray-600">—</span>;
  return (
    <>
      {formatFigure(row.lastYear, row.unit)}
      {row.lastYearFrom === 'text' ? <span className="block text-xs text-gray-600">（读自去年的正文）</span> : null}
    </>
  );
}

/**
 * The 主要数据 page: each key indicator's row with last year's figure, this year's (typed, or adopted from
 * the sentence of this year's text that states it), and the change. Saved as the clerk types, like every
 * editing page; a box holding what is not a number is said so at once and is not saved.
 */
export function FiguresForm({ id, version, report, template, returnTo }: TProps) {
  const [annex, setAnnex] = useState(report.figuresAnnex);
  const { form, editor, handlers } = useSyncedForm<TValues>({
    id,
    version,
    report,
    pick: valuesOf,
    put: (r, values) => ({ ...r, figures: applyFigureInputs(r.figures, values) }),
    // Another tab's choice, merged in, shows here too.
    onText: (r) => setAnnex(r.figuresAnnex),
  });
  useHighlightTarget();
  const { register, control, setValue, getValues } = form;
  const values = useWatch({ control }) as TValues;
  const [summary, setSummary] = useState<TSummaryError[]>([]);
  // A row marked 不再填报 changes the report but no box, so nothing else would show it.
  const [, setMarked] = useState(0);
  const current = editor.latest.current;
  const rows = figureRows({ ...current, figures: applyFigureInputs(current.figures, values) });
  const errorOf = (key: string): string | undefined => {
    const parsed = parseFigureInput(values[key] ?? '');
    return parsed.ok ? undefined : parsed.message;
  };

  const onContinue = async () => {
    const typed = getValues();
    const errors = rows.flatMap((row) => {
      const parsed = parseFigureInput(typed[row.key] ?? '');
      return parsed.ok ? [] : [{ fieldId: inputId(row.key), message: `${row.name}：${parsed.message}` }];
    });
    setSummary(errors);
    if (errors.length === 0) await editor.leave(returnTo);
  };

  return (
    <form noValidate onSubmit={(e) => e.preventDefault()} {...handlers} className="rounded bg-white p-6 shadow-sm">
      <ErrorSummary errors={summary} />
      <UnsentEditsBanner id={id} current={() => editor.latest.current} restore={editor.restore} />
      {editor.conflict ? <ConflictPanel conflict={editor.conflict} template={template} onResolve={editor.resolveConflict} onListed={editor.onListed} /> : null}
      <SaveStatus state={editor.state} listed={editor.listed} onSignedIn={editor.resume} />
      <p className="mb-4 text-sm text-gray-700">
        填写今年的数值（只填数字）。正文中写到的数字列在“正文中的数字”一栏，核对无误后点“采用”；正文与本表不一致、比率超过100%、与去年完全相同的数字，
        都会在“检查并下载”中提示。
      </p>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left" data-testid="figures-table">
          <caption className="sr-only">主要数据：去年、今年和变化</caption>
          <thead>
            <tr className="border-b-2 border-gray-700">
              <th scope="col" className="whitespace-nowrap py-2 pr-3">指标</th>
              <th scope="col" className="whitespace-nowrap py-2 pr-3">单位</th>
              <th scope="col" className="whitespace-nowrap py-2 pr-3">去年</th>
              <th scope="col" className="whitespace-nowrap py-2 pr-3">今年</th>
              <th scope="col" className="whitespace-nowrap py-2 pr-3">变化</th>
              <th scope="col" className="whitespace-nowrap py-2">正文中的数字</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const error = errorOf(row.key);
              const described = [`${inputId(row.key)}-last`, `${inputId(row.key)}-change`, error ? `${inputId(row.key)}-error` : ''].filter(Boolean).join(' ');
              return (
                <tr key={row.key} className="border-b border-gray-200 align-top" data-testid={`figure-row-${row.key}`}>
                  <th scope="row" className="min-w-[9em] py-2 pr-3 font-medium">
                    <label htmlFor={inputId(row.key)}>{row.name}</label>
                  </th>
                  <td className="whitespace-nowrap py-2 pr-3">{row.unit}</td>
                  <td className="whitespace-nowrap py-2 pr-3" id={`${inputId(row.key)}-last`} data-testid="last-year">
                    <span className="sr-only">去年：</span>
                    <LastYear row={row} />
                  </td>
                  <td className={`py-2 pr-3 ${error ? 'border-l-4 border-red-700 pl-2' : ''}`}>
                    <input
                      id={inputId(row.key)}
                      type="text"
                      inputMode="decimal"
                      autoComplete="off"
                      className={`${INPUT} mt-0 w-28`}
                      aria-describedby={described}
                      aria-invalid={!!error}
                      {...register(row.key)}
                    />
                    {error ? (
                      <p id={`${inputId(row.key)}-error`} role="alert" className="mt-1 text-sm font-medium text-red-700">
                        <span className="sr-only">错误：</span>
                        {error}
                      </p>
                    ) : null}
                  </td>
                  <td className="py-2 pr-3" id={`${inputId(row.key)}-change`} data-testid="change">
                    {row.change ? (
                      <>
                        <span className="sr-only">变化：</span>
                        {row.change}
                      </>
                    ) : null}
                    {row.change === '待填写' ? (
                      <button
                        type="button"
                        className={`${BUTTON.small} mt-1 block`}
                        onClick={() => {
                          editor.edit({ ...editor.latest.current, figures: leaveOut(editor.latest.current.figures, row.key) });
                          setMarked((n) => n + 1);
                        }}
                      >
                        今年不再填报<span className="sr-only">：{row.name}</span>
                      </button>
                    ) : null}
                  </td>
                  <td className="py-2 text-sm">
                    {row.proposal ? (
                      <>
                        <p>
                          正文写的是 <strong>{formatFigure(row.proposal.value, row.unit)}</strong>：
                        </p>
                        <blockquote className="my-1 border-l-2 border-gray-300 pl-2 text-gray-700">{row.proposal.sentence}</blockquote>
                        <button
                          type="button"
                          className={BUTTON.small}
                          onClick={() => setValue(row.key, figureInputText(row.proposal!.value), { shouldDirty: true })}
                        >
                          采用<span className="sr-only">：{row.name}填{formatFigure(row.proposal.value, row.unit)}</span>
                        </button>
                      </>
                    ) : null}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <div className="mt-6 flex items-start gap-2">
        <input
          id="figures-annex"
          type="checkbox"
          className="mt-1 h-5 w-5"
          checked={annex}
          aria-describedby="figures-annex-hint"
          onChange={(e) => {
            setAnnex(e.target.checked);
            editor.edit({ ...editor.latest.current, figuresAnnex: e.target.checked });
          }}
        />
        <div>
          <label htmlFor="figures-annex" className="font-bold">
            在 Word 文件中附“主要数据对比表”
          </label>
          <p id="figures-annex-hint" className="text-sm text-gray-700">
            作为附件另起一页，印在落款之后（正文下注明“附件：主要数据对比表”），预览中也一样。只列出今年或去年有数值的指标。
          </p>
        </div>
      </div>
      <button type="button" className={`${BUTTON.primary} mt-6`} onClick={() => void onContinue()}>
        保存并返回
      </button>
    </form>
  );
}

/** The table as a submitted report (or a reviewer) sees it: nothing to type. */
export function ReadOnlyFigures({ report, why }: { report: TReport; why: string }) {
  const rows = figureRows(report);
  return (
    <div className="rounded bg-white p-6 shadow-sm">
      <p className="mb-4 text-gray-700">{why}</p>
      <table className="w-full border-collapse text-left" data-testid="figures-table">
        <caption className="sr-only">主要数据：去年、今年和变化</caption>
        <thead>
          <tr className="border-b-2 border-gray-700">
            <th scope="col" className="whitespace-nowrap py-2 pr-3">指标</th>
            <th scope="col" className="whitespace-nowrap py-2 pr-3">去年</th>
            <th scope="col" className="whitespace-nowrap py-2 pr-3">今年</th>
            <th scope="col" className="whitespace-nowrap py-2">变化</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.key} className="border-b border-gray-200">
              <th scope="row" className="py-2 pr-3 font-medium">{row.name}</th>
              <td className="py-2 pr-3"><LastYear row={row} /></td>
              <td className="py-2 pr-3">{row.value === null ? '—' : formatFigure(row.value, row.unit)}</td>
              <td className="py-2">{row.change}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
