'use client';

import { useCallback, useMemo, useRef, useState } from 'react';
import { partFindings } from '@/lib/checks/part-findings';
import type { TFinding } from '@/lib/checks/types';
import type { TPartKey } from '@/lib/report/part-keys';
import type { TReport } from '@/lib/report/schema';
import type { TTemplate } from '@/lib/template/schema';

const CHECK_DELAY_MS = 600;

/** The findings about one part, recomputed after each pause in typing. The rules are loaded on the first
 * recheck, not with the page: the server sends the findings the page opens with. */
export function usePartFindings(partKey: TPartKey, template: TTemplate, initial: TFinding[]) {
  const [findings, setFindings] = useState(initial);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const recheck = useCallback(
    (report: TReport, delay = CHECK_DELAY_MS) => {
      clearTimeout(timer.current);
      timer.current = setTimeout(() => {
        void import('@/lib/checks/run-checks').then(({ runChecks }) => setFindings(partFindings(runChecks(report, template), partKey)));
      }, delay);
    },
    [partKey, template],
  );

  const bySection = useMemo(() => {
    const map: Record<string, TFinding[]> = {};
    for (const f of findings) (map[f.place.sectionId ?? ''] ??= []).push(f);
    return map;
  }, [findings]);

  return { bySection, recheck };
}
