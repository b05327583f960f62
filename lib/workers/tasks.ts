import { runChecks } from '../checks/run-checks';
import { renderDocx } from '../docx/render-docx';
import { proposeImport } from '../import/propose-import';
import { plainLines, readSource, textLines } from '../import/read-source';
import type { TSourceLine } from '../import/docx-lines';
import type { TReport } from '../report/schema';
import { getTemplate } from '../template/get-template';

/** What an import reads: an uploaded file, pasted text, or an earlier read's lines with some dropped lines kept. */
export type TImportInput = { bytes: Uint8Array } | { text: string } | { lines: TSourceLine[]; keep: number[] };

/** The work that runs in a worker (lib/workers/task-worker.ts), by name. Plain functions of their input, so
 * the pool, the CLI and the tests run the same code. */
export const TASKS = {
  import: async (input: TImportInput) => {
    const template = getTemplate();
    if ('bytes' in input) return proposeImport(await readSource(input.bytes), template);
    if ('text' in input) return proposeImport(plainLines(textLines(input.text)), template);
    return proposeImport(input.lines, template, new Set(input.keep));
  },
  render: ({ report, draft }: { report: TReport; draft: boolean }) => renderDocx(report, { draft }),
  check: ({ report }: { report: TReport }) => runChecks(report, getTemplate(report.template)),
};

export type TTaskName = keyof typeof TASKS;
