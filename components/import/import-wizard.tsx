'use client';

import { useState } from 'react';
import type { TImportProposal } from '@/lib/import/propose-import';
import { callApi } from '@/lib/http/api-client';
import type { TTemplate } from '@/lib/template/schema';
import { ChooseSource } from './choose-source';
import { ReviewProposal } from './review-proposal';

/** 导入去年的报告: choose a file or paste, review what was found, confirm to create this year's draft. */
export function ImportWizard({ template }: { template: TTemplate }) {
  const [read, setRead] = useState<{ proposal: TImportProposal; name: string; keep: number[] } | null>(null);
  if (!read) return <ChooseSource onRead={(proposal, name) => setRead({ proposal, name, keep: [] })} />;
  const restore = async (line: number) => {
    const keep = [...read.keep, line];
    const result = await callApi<TImportProposal>('/api/import', { method: 'POST', body: JSON.stringify({ lines: read.proposal.lines, keep }) });
    if (result.ok) setRead({ ...read, proposal: result.data, keep });
  };
  return <ReviewProposal key={read.keep.join()} proposal={read.proposal} sourceName={read.name} template={template} onRestore={(line) => void restore(line)} />;
}
