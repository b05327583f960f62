'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState, type ChangeEvent } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { BASIC_FIELDS } from '@/lib/report/basic-fields';
import { callApi } from '@/lib/http/api-client';
import { ZUnitKind } from '@/lib/report/enums';
import { proposeTitle, suggestedRecipient, ZNewReport, type TNewReport } from '@/lib/report/new-report';
import type { TTemplate } from '@/lib/template/schema';
import { BUTTON } from '@/components/ui/button-classes';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, INPUT, describedBy } from '@/components/ui/field';
import { formErrorsOf } from './form-errors';
import { UnitKindRadios } from './unit-kind-radios';

const FIELD_IDS: Record<keyof TNewReport, string> = { unit: 'unit', unitKind: 'unitKind-镇', year: 'year', recipient: 'recipient' };

/** `unit`: the clerk's own unit, when they write for exactly one, so its name and kind need no typing. */
export function NewReportForm({ defaultYear, template, unit: ownUnit }: { defaultYear: number; template: TTemplate; unit?: Pick<TNewReport, 'unit' | 'unitKind'> }) {
  const router = useRouter();
  const [serverError, setServerError] = useState('');
  const defaultValues: TNewReport = ownUnit
    ? { ...ownUnit, year: defaultYear, recipient: suggestedRecipient(ownUnit.unit, ownUnit.unitKind, template) }
    : { unit: '', unitKind: '镇', year: defaultYear, recipient: template.recipientSuggestions['镇'] };
  const form = useForm({
    resolver: zodResolver(ZNewReport),
    defaultValues,
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState, setValue, control } = form;
  // The recipient follows the unit's name and kind until the clerk types one of their own.
  const recipientEdited = !!formState.dirtyFields.recipient;
  const [unit, unitKind, year] = useWatch({ control, name: ['unit', 'unitKind', 'year'] });
  const suggestRecipient = (nextUnit: string, nextKind: TNewReport['unitKind']) => {
    if (!recipientEdited) setValue('recipient', suggestedRecipient(nextUnit, nextKind, template));
  };
  const errors = formErrorsOf(formState.errors, FIELD_IDS);
  const messageOf = (key: keyof TNewReport) => formState.errors[key]?.message;

  const onSubmit = handleSubmit(async (input) => {
    setServerError('');
    const result = await callApi<{ id: string }>('/api/reports', { method: 'POST', body: JSON.stringify({ from: 'form', input }) });
    if (result.ok) router.push(`/reports/${result.data.id}`);
    else setServerError(result.message);
  });

  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl rounded bg-white p-6 shadow-sm">
      <ErrorSummary errors={serverError ? [...errors, { fieldId: 'unit', message: serverError }] : errors} />
      <Field id="unit" label={BASIC_FIELDS.unit.label} hint={BASIC_FIELDS.unit.hint} error={messageOf('unit')}>
        <input
          id="unit"
          className={INPUT}
          autoComplete="organization"
          aria-describedby={describedBy('unit', 'hint', messageOf('unit'))}
          aria-invalid={!!messageOf('unit')}
          {...register('unit', { onChange: (event: ChangeEvent<HTMLInputElement>) => suggestRecipient(event.target.value, unitKind) })}
        />
      </Field>
      <UnitKindRadios
        registration={register('unitKind', {
          // One registration serves all four radios, so the kind comes from the event.
          onChange: (event: ChangeEvent<HTMLInputElement>) => {
            const chosen = ZUnitKind.safeParse(event.target.value);
            if (chosen.success) suggestRecipient(unit, chosen.data);
          },
        })}
      />
      <Field id="year" label={BASIC_FIELDS.year.label} hint={`${BASIC_FIELDS.year.hint}一般是上一年。`} error={messageOf('year')}>
        <input id="year" type="number" inputMode="numeric" className={`${INPUT} max-w-40`} aria-describedby={describedBy('year', 'hint', messageOf('year'))} aria-invalid={!!messageOf('year')} {...register('year', { valueAsNumber: true })} />
      </Field>
      <Field id="recipient" label={BASIC_FIELDS.recipient.label} hint={`按单位类型给出建议，可以修改。${BASIC_FIELDS.recipient.hint}`} error={messageOf('recipient')}>
        <input id="recipient" className={INPUT} aria-describedby={describedBy('recipient', 'hint', messageOf('recipient'))} aria-invalid={!!messageOf('recipient')} {...register('recipient')} />
      </Field>
      <p className="mb-5 text-gray-700" aria-live="polite">
        建议标题：<span data-testid="proposed-title">{unit.trim() ? proposeTitle({ unit, unitKind, year: Number.isFinite(year) ? year : defaultYear }, template) : '（填写单位全称后生成）'}</span>
        <br />
        <span className="text-sm">标题、落款和成文日期可以在“基本信息”中修改。</span>
      </p>
      <button type="submit" className={BUTTON.primary} disabled={formState.isSubmitting}>
        创建报告
      </button>
    </form>
  );
}
