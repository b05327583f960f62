'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from './button-classes';
import { ErrorSummary } from './error-summary';
import { Field, INPUT, describedBy } from './field';
import { InlineError } from './inline-error';
import { API_FORM_SCHEMAS } from './api-form-schemas';

export type TApiField = {
  name: string;
  label: string;
  hint?: string;
  kind: 'text' | 'password' | 'textarea' | 'date' | 'select' | 'checkboxes';
  /** Left out of the request when empty (全文, no excerpt) rather than sent as "". */
  optional?: boolean;
  /** For a select (the first is chosen at first) or a group of checkboxes (none is). */
  options?: Array<{ value: string; label: string }>;
  /** The value the form starts with. */
  initial?: string;
};

type TProps = {
  /** Prefixes the controls' ids: a page may hold several of these forms. */
  id: string;
  legend: string;
  fields: TApiField[];
  /** The request's schema, by name: the form checks with it before sending, as the server does after. */
  schema: keyof typeof API_FORM_SCHEMAS;
  /** The fixed part of the request (the action, the version decided on). */
  fixed?: Record<string, unknown>;
  url: string;
  method?: 'POST' | 'PUT';
  submit: string;
  /** Said (politely, to screen readers too) once the server has it. */
  done?: string;
};

const initialOf = (f: TApiField) => (f.kind === 'checkboxes' ? [] : (f.initial ?? (f.kind === 'select' ? f.options?.[0]?.value : undefined) ?? ''));

/** A small form that sends one JSON request and refreshes the page (退回修改 with its reason, a 批注, a new
 * unit or account, a password reset). Uncontrolled inputs (react-hook-form's register), so Chinese typed
 * with an IME is never interrupted; errors in a summary that takes focus, each linked to its field. */
export function ApiForm({ id, legend, fields, schema, fixed = {}, url, method = 'POST', submit, done }: TProps) {
  const router = useRouter();
  const [serverError, setServerError] = useState('');
  const [saved, setSaved] = useState('');
  const optional = new Set(fields.filter((f) => f.optional).map((f) => f.name));
  const withoutEmpty = z.preprocess((values: FieldValues) => Object.fromEntries(Object.entries(values).filter(([k, v]) => !(optional.has(k) && v === ''))), API_FORM_SCHEMAS[schema]);
  const defaults = { ...Object.fromEntries(fields.map((f) => [f.name, initialOf(f)])), ...fixed };
  const { register, handleSubmit, formState, reset } = useForm<FieldValues>({ resolver: zodResolver(withoutEmpty) as Resolver<FieldValues>, defaultValues: defaults, shouldFocusError: false });
  const errorOf = (name: string) => {
    const message = formState.errors[name]?.message;
    return typeof message === 'string' ? message : undefined;
  };
  const summary = fields.flatMap((f) => (errorOf(f.name) ? [{ fieldId: `${id}-${f.name}`, message: errorOf(f.name)! }] : []));
  const onSubmit = handleSubmit(async (values) => {
    setServerError('');
    setSaved('');
    const result = await callApi(url, { method, body: JSON.stringify(values) });
    if (!result.ok) return setServerError(result.message);
    reset(defaults);
    setSaved(done ?? '');
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-legend`} className="mb-4 rounded border border-gray-300 bg-white p-4" data-testid={`form-${id}`}>
      <h3 id={`${id}-legend`} className="mb-3 font-bold">
        {legend}
      </h3>
      <ErrorSummary errors={serverError ? [...summary, { fieldId: `${id}-${fields[0]!.name}`, message: serverError }] : summary} />
      {fields.map((f) => {
        const fieldId = `${id}-${f.name}`;
        const error = errorOf(f.name);
        if (f.kind === 'checkboxes') {
          return (
            <fieldset key={f.name} id={fieldId} tabIndex={-1} className={`mb-5 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`} aria-describedby={describedBy(fieldId, f.hint, error)}>
              <legend className="font-bold">{f.label}</legend>
              {f.hint ? (
                <p id={`${fieldId}-hint`} className="text-sm text-gray-600">
                  {f.hint}
                </p>
              ) : null}
              <InlineError id={`${fieldId}-error`} message={error} />
              {f.options!.map((o) => (
                <label key={o.value} className="mr-4 inline-flex items-center gap-1">
                  <input type="checkbox" value={o.value} {...register(f.name)} />
                  {o.label}
                </label>
              ))}
            </fieldset>
          );
        }
        const common = { id: fieldId, className: INPUT, 'aria-describedby': describedBy(fieldId, f.hint, error), 'aria-invalid': !!error, ...register(f.name) };
        return (
          <Field key={f.name} id={fieldId} label={f.label} hint={f.hint} error={error}>
            {f.kind === 'textarea' ? (
              <textarea rows={3} {...common} />
            ) : f.kind === 'select' ? (
              <select {...common}>
                {f.options!.map((o) => (
                  <option key={o.value} value={o.value}>
                    {o.label}
                  </option>
                ))}
              </select>
            ) : (
              <input type={f.kind} autoComplete={f.kind === 'password' ? 'new-password' : undefined} {...common} />
            )}
          </Field>
        );
      })}
      <div className="flex flex-wrap items-center gap-3">
        <button type="submit" className={BUTTON.secondary} disabled={formState.isSubmitting}>
          {submit}
        </button>
        <p role="status" className="text-green-800">
          {saved}
        </p>
      </div>
    </form>
  );
}
