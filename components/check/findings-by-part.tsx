import { findingKey, type TFinding } from '@/lib/checks/types';
import { placeHref } from '@/lib/checks/place-href';
import type { TTemplate } from '@/lib/template/schema';
import { HintItem } from './hint-item';

/** The 提示 grouped as the report reads: 基本信息 first, then each part in the template's order, then 主要数据. */
export function FindingsByPart({ reportId, hints, dismissed, template }: { reportId: string; hints: TFinding[]; dismissed: TFinding[]; template: TTemplate }) {
  const groups = [
    { key: 'basics', label: '基本信息', hints: hints.filter((h) => !h.place.part && h.place.field !== 'figure') },
    ...template.parts.map((p) => ({ key: p.key, label: p.label, hints: hints.filter((h) => h.place.part === p.key) })),
    { key: 'figures', label: '主要数据', hints: hints.filter((h) => h.place.field === 'figure') },
  ].filter((g) => g.hints.length > 0);
  return (
    <section className="mb-6 rounded bg-white p-4 shadow-sm" aria-labelledby="hints-heading">
      <h2 id="hints-heading" className="text-xl font-bold">
        提示（{hints.length}）
      </h2>
      <p className="text-sm text-gray-700">提示不影响下载正式稿，但县里审核时可能会指出。确认无误的，可以写明理由后忽略。</p>
      {groups.length === 0 ? <p className="mt-2">没有提示。</p> : null}
      {groups.map((g) => (
        <div key={g.key} className="mt-3">
          <h3 className="font-bold">{g.label}</h3>
          <ul className="list-none p-0">
            {g.hints.map((h) => (
              <HintItem
                key={findingKey(h) + (h.place.paragraph ?? '') + (h.place.start ?? '')}
                reportId={reportId}
                findingKey={findingKey(h)}
                message={h.message}
                excerpt={h.excerpt}
                href={placeHref(reportId, h.place)}
                canFix={h.fix !== undefined}
              />
            ))}
          </ul>
        </div>
      ))}
      {dismissed.length > 0 ? (
        <details className="mt-3">
          <summary className="cursor-pointer">已忽略的提示（{dismissed.length}）</summary>
          <ul className="list-disc pl-6 text-sm text-gray-700">
            {dismissed.map((d) => (
              <li key={findingKey(d)}>{d.message}</li>
            ))}
          </ul>
        </details>
      ) : null}
    </section>
  );
}
