'use client';

import { useState } from 'react';
import type { TImportProposal } from '@/lib/import/propose-import';
import { callApi } from '@/lib/http/api-client';
import type { TTemplate } from '@/lib/template/schema';
import { ChooseSource } from './choose-source';
import { ReviewProposal, type TRestored } from './review-proposal';

/** 导入去年的报告: choose a file or paste, review what was found, confirm to create this year's draft. */
export function ImportWizard({ template }: { template: TTemplate }) {
  const [read, setRead] = useState<{ proposal: TImportProposal; name: string; keep: number[]; restored?: TRestored } | null>(null);
  if (!read) return <ChooseSource onRead={(proposal, name) => setRead({ proposal, name, keep: [] })} />;
  // Reading again with the lines the clerk keeps: a line brought back, or one dropped again.
  const reread = async (keep: number[], restored?: TRestored) => {
    const result = await callApi<TImportProposal>('/api/import', { method: 'POST', body: JSON.stringify({ lines: read.proposal.lines, keep }) });
    if (result.ok) setRead({ ...read, proposal: result.data, keep, restored });
  };
  return (
    <ReviewProposal
      key={read.keep.join()}
      proposal={read.proposal}
      sourceName={read.name}
      template={template}
      restored={read.restored}
      onRestore={(line, text) => void reread([...read.keep, line], { line, text })}
      onDropAgain={(line) => void reread(read.keep.filter((l) => l !== line))}
    />
  );
}
