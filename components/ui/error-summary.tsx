'use client';

import { useEffect, useRef } from 'react';

/** An error and the field it belongs to: on this page (fieldId) or on another page (href). */
export type TSummaryError = { fieldId: string; message: string; href?: string };

/** GOV.UK error summary: headed 存在问题, takes focus when shown, each entry focuses its field. */
export function ErrorSummary({ errors }: { errors: TSummaryError[] }) {
  const ref = useRef<HTMLDivElement>(null);
  const shown = errors.length > 0;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown, errors]);
  if (!shown) return null;
  return (
    <div ref={ref} tabIndex={-1} role="alert" aria-labelledby="error-summary-title" className="mb-6 border-4 border-red-700 bg-white p-4">
      <h2 id="error-summary-title" className="text-lg font-bold">
        存在问题
      </h2>
      <ul className="mt-2 list-none space-y-1 p-0">
        {errors.map((e) => (
          <li key={e.fieldId + e.message}>
            <a
              href={e.href ?? `#${e.fieldId}`}
              className="font-medium text-red-700 underline"
              onClick={(event) => {
                const field = e.href ? null : document.getElementById(e.fieldId);
                if (!field) return;
                event.preventDefault();
                document.querySelector(`label[for="${e.fieldId}"]`)?.scrollIntoView({ block: 'center' });
                field.focus({ preventScroll: true });
              }}
            >
              {e.message}
            </a>
          </li>
        ))}
      </ul>
    </div>
  );
}
