'use client';

import { createContext, useContext } from 'react';

export type TSectionErrors = Record<string, { heading?: string; body?: string }>;

/** Validation messages by section id, so a section shows its own errors wherever it has moved to. */
export const SectionErrorsContext = createContext<TSectionErrors>({});

export function useSectionErrors(sectionId: string): { heading?: string; body?: string } {
  return useContext(SectionErrorsContext)[sectionId] ?? {};
}
