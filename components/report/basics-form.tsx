'use client';

import { useState } from 'react';
import { FormProvider, get, useWatch } from 'react-hook-form';
import { formatChineseDate } from '@/lib/report/deadlines';
import { proposeTitle } from '@/lib/report/new-report';
import { BASIC_FIELDS } from '@/lib/report/basic-fields';
import { ZBasics, type TBasics, type TReport } from '@/lib/report/schema';
import type { TTemplate } from '@/lib/template/schema';
import { BUTTON } from '@/components/ui/button-classes';
import { ErrorSummary, type TSummaryError } from '@/components/ui/error-summary';
import { Field, INPUT, describedBy } from '@/components/ui/field';
import { fieldErrorsOf } from '@/lib/http/field-errors';
import { ConflictPanel } from './lazy-conflict-panel';
import { SaveStatus } from './save-status';
import { UnsentEditsBanner } from './lazy-unsent-edits-banner';
import { FormatFields } from './format-fields';
import { TitleLinesField } from './title-lines-field';
import { UnitKindRadios } from './unit-kind-radios';
import { useHighlightTarget } from './use-highlight-target';
import { useSyncedForm } from './use-synced-form';

type TProps = { id: string; version: number; report: TReport; template: TTemplate; returnTo: string };

// The one-line text fields, in the order of the form.
const LINES = ['title', 'unit', 'recipient'] as const satisfies ReadonlyArray<keyof TBasics>;
const FIELDS = LINES.map((name) => ({ name, ...BASIC_FIELDS[name] }));

const BASIC_KEYS = Object.keys(ZBasics.shape) as Array<keyof TBasics>;

function basicsOf(report: TReport): TBasics {
  return Object.fromEntries(BASIC_KEYS.map((key) => [key, report[key]])) as TBasics;
}

export function BasicsForm({ id, version, report, template, returnTo }: TProps) {
  const { form, editor, handlers } = useSyncedForm<TBasics>({ id, version, report, pick: basicsOf, put: (r, values) => ({ ...r, ...values }) });
  useHighlightTarget();
  const { register, control, setValue, setError, clearErrors, getValues, formState } = form;
  const [summary, setSummary] = useState<TSummaryError[]>([]);
  const date = useWatch({ control, name: 'date' });
  const error = (name: string): string | undefined => {
    const found: { message?: string } | undefined = get(formState.errors, name);
    return found?.message;
  };

  const onContinue = async () => {
    clearErrors();
    const parsed = ZBasics.safeParse(getValues());
    if (!parsed.success) {
      const errors = fieldErrorsOf(parsed.error).map((e) => ({ fieldId: e.path || 'title', message: e.message }));
      errors.forEach((e) => setError(e.fieldId as keyof TBasics, { message: e.message }));
      setSummary(errors);
      return;
    }
    setSummary([]);
    await editor.leave(returnTo);
  };

  return (
    <FormProvider {...form}>
    <form noValidate onSubmit={(e) => e.preventDefault()} {...handlers} className="rounded bg-white p-6 shadow-sm">
      <ErrorSummary errors={summary} />
      <UnsentEditsBanner id={id} current={() => editor.latest.current} restore={editor.restore} />
      {editor.conflict ? <ConflictPanel conflict={editor.conflict} template={template} onResolve={editor.resolveConflict} onListed={editor.onListed} /> : null}
      <SaveStatus state={editor.state} listed={editor.listed} onSignedIn={editor.resume} />
      {FIELDS.map(({ name, label, hint }) => (
        <Field key={name} id={name} label={label} hint={hint} error={error(name)}>
          <input id={name} className={INPUT} aria-describedby={describedBy(name, hint, error(name))} aria-invalid={!!error(name)} {...register(name)} />
          {name === 'title' ? (
            <>
              <button
                type="button"
                className={`${BUTTON.small} mt-2`}
                onClick={() => setValue('title', proposeTitle(getValues(), template), { shouldDirty: true })}
              >
                按单位和年度重新生成标题
              </button>
              <TitleLinesField />
            </>
          ) : null}
        </Field>
      ))}
      <Field id="signature" label={BASIC_FIELDS.signature.label} hint={BASIC_FIELDS.signature.hint} error={error('signature')}>
        <textarea id="signature" rows={2} className={INPUT} aria-describedby={describedBy('signature', 'hint', error('signature'))} aria-invalid={!!error('signature')} {...register('signature')} />
      </Field>
      <UnitKindRadios registration={register('unitKind')} />
      <Field id="year" label={BASIC_FIELDS.year.label} hint={BASIC_FIELDS.year.hint} error={error('year')}>
        <input id="year" type="number" inputMode="numeric" className={`${INPUT} max-w-40`} aria-describedby={describedBy('year', 'hint', error('year'))} {...register('year', { valueAsNumber: true })} />
      </Field>
      <Field id="date" label={BASIC_FIELDS.date.label} hint={BASIC_FIELDS.date.hint} error={error('date')}>
        <input id="date" type="date" className={`${INPUT} max-w-56`} aria-describedby={describedBy('date', 'hint', error('date'))} {...register('date')} />
        <span className="text-sm text-gray-700" data-testid="date-preview">
          {date ? `印为：${formatChineseDate(date)}` : '尚未选择'}
        </span>
      </Field>
      <Field id="opening" label={BASIC_FIELDS.opening.label} hint={BASIC_FIELDS.opening.hint} error={error('opening')}>
        <textarea id="opening" rows={4} className={`${INPUT} grow-with-content min-h-24`} aria-describedby={describedBy('opening', 'hint', error('opening'))} {...register('opening')} />
      </Field>
      <FormatFields template={template} error={error} />
      <button type="button" className={BUTTON.primary} onClick={() => void onContinue()}>
        保存并返回
      </button>
    </form>
    </FormProvider>
  );
}
