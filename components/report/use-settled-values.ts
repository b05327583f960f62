'use client';

import { useEffect, useLayoutEffect, useRef } from 'react';
import type { FieldValues, UseFormReturn } from 'react-hook-form';

/**
 * Calls onSettled with the form's values after each change, except while an IME composition is open:
 * React reports pinyin mid-composition, and saving or counting it would be wrong. Composition events
 * bubble, so the handlers go on the form element and cover every field in it.
 */
export function useSettledValues<T extends FieldValues>(form: UseFormReturn<T>, onSettled: (values: T) => void) {
  const composing = useRef(false);
  const callback = useRef(onSettled);
  useLayoutEffect(() => {
    callback.current = onSettled;
  });
  const { watch, getValues } = form;

  useEffect(() => {
    const subscription = watch(() => {
      if (!composing.current) callback.current(getValues());
    });
    return () => subscription.unsubscribe();
  }, [watch, getValues]);

  return {
    /** Whether an IME composition is open now: nothing may be written into the form under it. */
    isComposing: () => composing.current,
    handlers: {
      onCompositionStart: () => {
        composing.current = true;
      },
      onCompositionEnd: () => {
        composing.current = false;
        callback.current(getValues());
      },
    },
  };
}
