'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';
import { arrangeSections, leadershipCandidates, type TMove } from '@/lib/import/arrange-sections';
import { importedReport, laidOut } from '@/lib/import/imported-report';
import { placeOfLine } from '@/lib/import/place-of-line';
import type { TImportProposal } from '@/lib/import/propose-import';
import { callApi } from '@/lib/http/api-client';
import { PART_KEYS, type TPartKey } from '@/lib/report/part-keys';
import type { TTemplate } from '@/lib/template/schema';
import { basicLabel } from '@/lib/report/basic-fields';
import { formatChineseDate } from '@/lib/report/deadlines';
import { BUTTON } from '@/components/ui/button-classes';
import { INPUT } from '@/components/ui/field';

/** The dropped line the clerk last brought back. */
export type TRestored = { line: number; text: string };

type TProps = {
  proposal: TImportProposal;
  sourceName: string;
  template: TTemplate;
  restored?: TRestored;
  onRestore: (line: number, text: string) => void;
  onDropAgain: (line: number) => void;
};

const FACTS = [
  ['unit', basicLabel('unit')],
  ['year', `${basicLabel('year')}（去年报告所写的年度）`],
  ['title', basicLabel('title')],
  ['recipient', basicLabel('recipient')],
  ['signature', basicLabel('signature')],
  ['date', basicLabel('date')],
] as const;

/** Step 2: what was found, each section beside the part it goes to (changeable), dropped lines with 恢复. */
export function ReviewProposal({ proposal, sourceName, template, restored, onRestore, onDropAgain }: TProps) {
  const router = useRouter();
  const [facts, setFacts] = useState(() => Object.fromEntries(FACTS.map(([k]) => [k, String(proposal[k] ?? '')])) as Record<(typeof FACTS)[number][0], string>);
  const [parts, setParts] = useState<Record<string, TPartKey>>({});
  const [moves, setMoves] = useState<TMove[]>([]);
  const [error, setError] = useState('');
  const label = (k: TPartKey) => template.parts.find((p) => p.key === k)?.label ?? k;
  const arranged = arrangeSections(proposal, parts, moves);
  const empty = PART_KEYS.filter((k) => !arranged.some((s) => s.part === k));
  const candidates = leadershipCandidates(proposal).filter((c) => !moves.some((m) => m.sectionId === c.id));
  const moved = arranged.filter((s) => moves.some((m) => m.sectionId === s.section.id));

  const confirm = async () => {
    const year = Number(facts.year);
    const lastYear = importedReport(
      { ...proposal, ...facts, year: Number.isInteger(year) ? year : null, title: facts.title || null, date: facts.date || null, sections: arranged },
      template,
    );
    const source = { name: sourceName, text: proposal.lines.map((l) => l.text).join('\n') };
    const result = await callApi<{ id: string }>('/api/reports', { method: 'POST', body: JSON.stringify({ from: 'import', lastYear, source }) });
    if (result.ok) router.push(`/reports/${result.data.id}`);
    else setError(result.message);
  };

  return (
    <div className="space-y-6">
      {error ? (
        <p role="alert" className="border-4 border-red-700 bg-white p-4 text-red-700">
          {error}
        </p>
      ) : null}
      {restored ? (
        <p className="rounded border-2 border-green-700 bg-white p-4" role="status" data-testid="restored-line">
          已恢复“{restored.text}”，现在是{placeOfLine(proposal, restored.text)}。
          <button type="button" className={`${BUTTON.small} ml-2`} onClick={() => onDropAgain(restored.line)}>
            重新去掉<span className="sr-only">“{restored.text}”</span>
          </button>
        </p>
      ) : null}
      <section className="rounded bg-white p-6" aria-labelledby="facts-heading">
        <h2 id="facts-heading" className="mb-2 text-xl font-bold">识别结果（可修改）</h2>
        {FACTS.map(([key, text]) => (
          <div key={key} className="mb-3">
            <label htmlFor={`fact-${key}`} className="block font-bold">{text}</label>
            <input id={`fact-${key}`} className={INPUT} value={facts[key]} aria-describedby={`fact-${key}-from`} onChange={(e) => setFacts({ ...facts, [key]: e.target.value })} placeholder="原文中没有找到" />
            <p id={`fact-${key}-from`} className="text-sm text-gray-700" data-testid={`fact-${key}-from`}>
              {key === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(facts.date) ? `即${formatChineseDate(facts.date)}。` : ''}
              {proposal.sources[key] ? `取自${proposal.sources[key]}。` : '原文中没有找到，请填写。'}
            </p>
          </div>
        ))}
      </section>
      <section className="rounded bg-white p-6" aria-labelledby="sections-heading">
        <h2 id="sections-heading" className="text-xl font-bold">各部分的归属</h2>
        <p className="text-sm text-gray-700">去年报告的每个一级标题归入五个部分之一，可以改。</p>
        <p className="mt-1 text-sm" data-testid="import-layout">
          {laidOut({ sections: arranged }).layout === 'parts'
            ? '结构：去年的报告以五个部分作一级标题，各部分标题下的（一）（二）……导入为该部分的小节。'
            : '结构：去年的报告小标题直接作一级标题、连续编号，导入后沿用。'}
          可在基本信息的“结构”中改。
        </p>
        <ul className="mt-2 list-none space-y-3 p-0">
          {proposal.sections.map((s) => (
            <li key={s.section.id} className="border-b border-gray-200 pb-2" data-testid="import-section">
              <label htmlFor={`part-${s.section.id}`} className="block font-medium">{s.source}</label>
              <select id={`part-${s.section.id}`} className="mt-1 rounded border-2 border-gray-700 px-2 py-1" value={parts[s.section.id] ?? s.part} onChange={(e) => setParts({ ...parts, [s.section.id]: e.target.value as TPartKey })}>
                {PART_KEYS.map((k) => <option key={k} value={k}>{label(k)}</option>)}
              </select>
              <span className="ml-2 text-sm text-gray-700">{parts[s.section.id] ? '由您指定' : s.reason}</span>
            </li>
          ))}
        </ul>
        {moved.map((s) => (
          <p key={s.section.id} className="mt-3 rounded border-2 border-green-700 bg-white p-3" role="status" data-testid="moved-section">
            已把“{s.section.heading}”移出原来的一级标题，作为“{label(s.part)}”的一节。
            <button type="button" className={`${BUTTON.small} ml-2`} onClick={() => setMoves(moves.filter((m) => m.sectionId !== s.section.id))}>
              撤销<span className="sr-only">移动“{s.section.heading}”</span>
            </button>
          </p>
        ))}
        {candidates.map((c) => (
          <p key={c.id} className="mt-3 rounded bg-amber-50 p-3">
            “{c.heading}”写的是第一责任人职责，可以单独作为“{label('leadership')}”。
            <button type="button" className={`${BUTTON.small} ml-2`} onClick={() => setMoves([...moves, { sectionId: c.id, part: 'leadership' }])}>移到这一部分</button>
          </p>
        ))}
        {empty.length > 0 ? <p className="mt-3 font-medium" data-testid="empty-parts">没有内容的部分：{empty.map(label).join('、')}。确认后可在向导中补写。</p> : null}
      </section>
      {proposal.dropped.length > 0 ? (
        <section className="rounded bg-white p-6" aria-labelledby="dropped-heading">
          <h2 id="dropped-heading" className="text-xl font-bold">已去掉的网页内容（{proposal.dropped.length}）</h2>
          <ul className="list-none p-0">
            {proposal.dropped.map((d) => (
              <li key={d.line} className="flex items-center gap-2 py-1">
                <span className="text-gray-700">{d.text}</span>
                <button type="button" className={BUTTON.small} onClick={() => onRestore(d.line, d.text)}>恢复<span className="sr-only">“{d.text}”</span></button>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <button type="button" className={BUTTON.primary} onClick={() => void confirm()}>确认，创建{facts.year ? `${Number(facts.year) + 1}年度` : '新一年'}的报告</button>
    </div>
  );
}
