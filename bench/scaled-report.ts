import { countReport } from '../lib/report/count';
import type { TReport, TSection } from '../lib/report/schema';
import { loadSample } from '../tests/support/sample';

function renumber(section: TSection, suffix: string): TSection {
  return { ...section, id: `${section.id}${suffix}`, children: section.children.map((c) => renumber(c, suffix)) };
}

/** The sample report with part 一's sections repeated until the whole report holds about `chars` characters. */
export function scaledReport(chars: number): TReport {
  const report = loadSample();
  const base = report.parts.measures.sections;
  let copy = 0;
  while (countReport(report) < chars) {
    const next = base[copy % base.length]!;
    report.parts.measures.sections.push(renumber(next, `c${copy++}`));
  }
  return report;
}
