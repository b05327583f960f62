import type { FieldErrors, FieldValues } from 'react-hook-form';
import type { TSummaryError } from '@/components/ui/error-summary';

/** The top-level field errors of a form, in the form's order, for the error summary. */
export function formErrorsOf<T extends FieldValues>(errors: FieldErrors<T>, fieldIds: Record<string, string>): TSummaryError[] {
  return Object.entries(fieldIds).flatMap(([name, fieldId]) => {
    const message = (errors[name] as { message?: unknown } | undefined)?.message;
    return typeof message === 'string' ? [{ fieldId, message }] : [];
  });
}
