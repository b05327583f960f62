'use client';

import { useFormContext, useWatch } from 'react-hook-form';
import { BASIC_FIELDS, type TBasicField } from '@/lib/report/basic-fields';
import { partTitle } from '@/lib/report/steps';
import type { TBasics } from '@/lib/report/schema';
import type { TTemplate } from '@/lib/template/schema';
import { Field, INPUT, describedBy } from '@/components/ui/field';

type TText = 'note' | 'docNumber' | 'signers' | 'copyTo' | 'printer';

/** A one-line field of the list in lib/report/basic-fields.ts, labelled and described from it. */
function LineField({ name, error }: { name: TText; error?: string }) {
  const { register } = useFormContext<TBasics>();
  const { label, hint } = BASIC_FIELDS[name];
  return (
    <Field id={name} label={label} hint={hint} error={error}>
      <input id={name} className={INPUT} aria-describedby={describedBy(name, hint, error)} aria-invalid={!!error} {...register(name)} />
    </Field>
  );
}

function Switch({ name, text }: { name: 'seal' | 'masthead' | 'colophon'; text: string }) {
  const { register } = useFormContext<TBasics>();
  const { hint } = BASIC_FIELDS[name];
  return (
    <div className="mb-3">
      <label className="flex items-center gap-2 font-bold">
        <input type="checkbox" id={name} aria-describedby={`${name}-hint`} {...register(name)} />
        {text}
      </label>
      <p id={`${name}-hint`} className="text-sm text-gray-600">
        {hint}
      </p>
    </div>
  );
}

const LAYOUT_CHOICES = [
  ['parts', '五个部分作为一级标题（一、至五、），各部分的小标题从（一）编起（推荐）'],
  ['flat', '各部分的小标题直接作为一级标题，全文连续编号（部分地区要求）'],
] as const;

/**
 * 结构与报送格式: how the five parts print, and what a copy handed in carries (seal, 附注, 版头, 版记).
 * The fields are the report's own (lib/report/schema.ts); switching the structure changes no word.
 */
export function FormatFields({ template, error }: { template: TTemplate; error: (name: TBasicField | `partHeadings.${string}`) => string | undefined }) {
  const { register, control } = useFormContext<TBasics>();
  const [layout, year, masthead, colophon] = useWatch({ control, name: ['layout', 'year', 'masthead', 'colophon'] });
  return (
    <>
      <fieldset className="mb-6 rounded border border-gray-300 p-4">
        <legend className="px-1 text-lg font-bold">{BASIC_FIELDS.layout.label}</legend>
        <p id="layout-hint" className="text-sm text-gray-600">
          {BASIC_FIELDS.layout.hint}
        </p>
        <div className="mt-2 space-y-1">
          {LAYOUT_CHOICES.map(([value, text]) => (
            <label key={value} className="flex items-start gap-2">
              <input type="radio" id={`layout-${value}`} value={value} className="mt-1.5" aria-describedby="layout-hint" {...register('layout')} />
              {text}
            </label>
          ))}
        </div>
        {layout === 'parts' ? (
          <div className="mt-4">
            <p className="font-bold">{BASIC_FIELDS.partHeadings.label}</p>
            <p id="partHeadings-hint" className="text-sm text-gray-600">
              {BASIC_FIELDS.partHeadings.hint}
            </p>
            {template.parts.map((part, i) => {
              const id = `partHeadings.${part.key}` as const;
              const message = error(id);
              return (
                <Field key={part.key} id={id} label={`第${'一二三四五'[i]}部分`} error={message}>
                  <input
                    id={id}
                    className={INPUT}
                    placeholder={partTitle(part, Number(year) || 0)}
                    aria-describedby={message ? `partHeadings-hint ${id}-error` : 'partHeadings-hint'}
                    aria-invalid={!!message}
                    {...register(id)}
                  />
                </Field>
              );
            })}
          </div>
        ) : null}
      </fieldset>
      <fieldset className="mb-6 rounded border border-gray-300 p-4">
        <legend className="px-1 text-lg font-bold">报送格式</legend>
        <Switch name="seal" text="加盖印章" />
        <LineField name="note" error={error('note')} />
        <Switch name="masthead" text="加版头" />
        {masthead ? (
          <div className="mb-4 ml-6">
            <Field id="mastheadMark" label={BASIC_FIELDS.mastheadMark.label} hint={BASIC_FIELDS.mastheadMark.hint} error={error('mastheadMark')}>
              <textarea id="mastheadMark" rows={2} className={INPUT} aria-describedby={describedBy('mastheadMark', 'hint', error('mastheadMark'))} {...register('mastheadMark')} />
            </Field>
            <LineField name="docNumber" error={error('docNumber')} />
            <LineField name="signers" error={error('signers')} />
          </div>
        ) : null}
        <Switch name="colophon" text="加版记" />
        {colophon ? (
          <div className="ml-6">
            <LineField name="copyTo" error={error('copyTo')} />
            <LineField name="printer" error={error('printer')} />
            <Field id="printDate" label={BASIC_FIELDS.printDate.label} hint={BASIC_FIELDS.printDate.hint} error={error('printDate')}>
              <input id="printDate" type="date" className={`${INPUT} max-w-56`} aria-describedby={describedBy('printDate', 'hint', error('printDate'))} {...register('printDate')} />
            </Field>
          </div>
        ) : null}
      </fieldset>
    </>
  );
}
