'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { useForm, type FieldValues, type Resolver } from 'react-hook-form';
import { z } from 'zod';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';
import { ErrorSummary } from '@/components/ui/error-summary';
import { Field, INPUT, describedBy } from '@/components/ui/field';
import { ZNewComment, ZReviewAction } from '@/lib/review/requests';

const SCHEMAS = { review: ZReviewAction, comment: ZNewComment } as const;

export type TApiField = {
  name: string;
  label: string;
  hint?: string;
  kind: 'text' | 'textarea' | 'date' | 'select';
  /** Left out of the request when empty (全文, no excerpt) rather than sent as "". */
  optional?: boolean;
  /** For a select: value and label; the first is chosen at first. */
  options?: Array<{ value: string; label: string }>;
};

type TProps = {
  /** Prefixes the controls' ids: a page may hold several of these forms. */
  id: string;
  legend: string;
  fields: TApiField[];
  /** The request's schema, by name (a server page cannot hand a schema to the browser): the form checks
   * with it before sending, as the server does after. */
  schema: keyof typeof SCHEMAS;
  /** The fixed part of the request (the action, the version decided on). */
  fixed: Record<string, unknown>;
  url: string;
  submit: string;
};

/** A small form that posts one request and refreshes the page: 退回修改 with its reason, 登记公开, a 批注.
 * Uncontrolled inputs (react-hook-form's register), so Chinese typed with an IME is never interrupted. */
export function ApiForm({ id, legend, fields, schema, fixed, url, submit }: TProps) {
  const router = useRouter();
  const [serverError, setServerError] = useState('');
  const defaults = Object.fromEntries(fields.map((f) => [f.name, f.options?.[0]?.value ?? '']));
  const optional = new Set(fields.filter((f) => f.optional).map((f) => f.name));
  const withoutEmpty = z.preprocess((values: FieldValues) => Object.fromEntries(Object.entries(values).filter(([k, v]) => !(optional.has(k) && v === ''))), SCHEMAS[schema]);
  const form = useForm<FieldValues>({ resolver: zodResolver(withoutEmpty) as Resolver<FieldValues>, defaultValues: { ...defaults, ...fixed }, shouldFocusError: false });
  const { register, handleSubmit, formState, reset } = form;
  const errorOf = (name: string) => {
    const message = formState.errors[name]?.message;
    return typeof message === 'string' ? message : undefined;
  };
  const summary = fields.flatMap((f) => (errorOf(f.name) ? [{ fieldId: `${id}-${f.name}`, message: errorOf(f.name)! }] : []));
  const onSubmit = handleSubmit(async (values) => {
    setServerError('');
    const result = await callApi(url, { method: 'POST', body: JSON.stringify(values) });
    if (!result.ok) return setServerError(result.message);
    reset();
    router.refresh();
  });
  return (
    <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-legend`} className="mb-4 rounded border border-gray-300 bg-white p-4">
      <h3 id={`${id}-legend`} className="mb-3 font-bold">
        {legend}
      </h3>
      <ErrorSummary errors={serverError ? [...summary, { fieldId: `${id}-${fields[0]!.name}`, message: serverError }] : summary} />
      {fields.map((f) => {
        const fieldId = `${id}-${f.name}`;
        const error = errorOf(f.name);
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
              <input type={f.kind} {...common} />
            )}
          </Field>
        );
      })}
      <button type="submit" className={BUTTON.secondary} disabled={formState.isSubmitting}>
        {submit}
      </button>
    </form>
  );
}
