import type { TReport } from '@/lib/report/schema';
import { documentBlocks, type TBlock } from '@/lib/report/document-blocks';
import { getTemplate } from '@/lib/template/get-template';

/** A report's heading levels 1 to 4 sit under the page's h1 and the report's title (h2). */
const HEADINGS = { 1: 'h3', 2: 'h4', 3: 'h5', 4: 'h6' } as const;
const HEADING_LOOK = { 1: 'font-bold', 2: 'font-bold', 3: 'font-medium', 4: '' } as const;

function Block({ block }: { block: Exclude<TBlock, { kind: 'title' | 'blank' }> }) {
  switch (block.kind) {
    case 'heading': {
      const Heading = HEADINGS[block.level];
      return <Heading className={`mt-4 mb-1 ${HEADING_LOOK[block.level]}`}>{block.text}</Heading>;
    }
    case 'recipient':
      return <p className="mb-2">{block.text}</p>;
    case 'body':
    case 'note':
      return <p className="mb-2 indent-8">{block.text}</p>;
    case 'signature':
    case 'date':
      return <p className="text-right">{block.text}</p>;
    case 'issuers':
      return <p className="text-right">{block.cells.map((c) => c.text).join('　')}</p>;
    case 'mark':
      return <p className="mb-2 text-center text-2xl text-red-700">{block.lines.join(' ')}{block.file ? '文件' : ''}</p>;
    case 'docNumber':
      return <p className="mb-4 border-b-2 border-red-700 pb-1">{block.number}</p>;
    case 'colophon':
      return <p className="mt-6 border-y border-black text-sm">{block.copyTo ? `抄送：${block.copyTo}` : ''} {block.printer} {block.printDate}</p>;
    case 'annex':
      return (
        <table className="mt-6 w-full border-collapse text-sm">
          <caption className="text-left font-bold">附件：{block.title}</caption>
          <thead>
            <tr>
              {block.columns.map((c) => (
                <th key={c} scope="col" className="border border-black px-1">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row) => (
              <tr key={row[0]}>
                {row.map((cell, i) => (
                  <td key={i} className="border border-black px-1 text-center">
                    {cell}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'unnumbered':
      return null;
  }
}

/** The report as it prints (numbered headings, 主送机关 with its colon, 落款 and date), as plain text to read. */
export function ReadOnlyReport({ report }: { report: TReport }) {
  const blocks = documentBlocks(report, getTemplate(report.template));
  return (
    <article aria-labelledby="kept-title" className="rounded bg-white p-6 leading-relaxed shadow-sm" data-testid="kept-report">
      {blocks.map((block, i) =>
        block.kind === 'title' ? (
          <h2 key={i} id="kept-title" className="mb-6 text-center text-2xl font-bold">
            {block.lines.join('') || '（未填写标题）'}
          </h2>
        ) : block.kind === 'blank' ? null : (
          <Block key={i} block={block} />
        ),
      )}
    </article>
  );
}
