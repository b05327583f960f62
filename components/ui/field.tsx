import type { ReactNode } from 'react';
import { InlineError } from './inline-error';

/** A labelled form field: label above, optional hint, inline error repeating the summary's words. */
export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: ReactNode }) {
  return (
    <div className={`mb-5 ${error ? 'border-l-4 border-red-700 pl-3' : ''}`}>
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-gray-600">
          {hint}
        </p>
      ) : null}
      <InlineError id={`${id}-error`} message={error} />
      {children}
    </div>
  );
}

/** The aria-describedby of a field's control, naming its hint and error when present. */
export function describedBy(id: string, hint?: string, error?: string): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

export const INPUT = 'mt-1 block w-full rounded border-2 border-gray-700 bg-white px-2 py-1.5 text-base';
