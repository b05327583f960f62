import type { InputHTMLAttributes } from 'react';
import type { UseFormRegisterReturn } from 'react-hook-form';
import { Field, INPUT, describedBy } from './field';

type TProps = { id: string; label: string; hint?: string; error?: string; registration: UseFormRegisterReturn } & Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'type' | 'autoComplete'
>;

/** One labelled text input of a react-hook-form form, with its hint and error wired for screen readers. */
export function TextField({ id, label, hint, error, registration, type = 'text', autoComplete }: TProps) {
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input id={id} type={type} autoComplete={autoComplete} className={INPUT} aria-describedby={describedBy(id, hint, error)} aria-invalid={!!error} {...registration} />
    </Field>
  );
}
