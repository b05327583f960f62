import { reportUnits } from '../checks/paragraphs';
import { detectIn, ID_NUMBER, LANDLINE, MOBILE, NAMED_PARTY, type TDetector } from '../checks/personal-data-detectors';
import type { TPartKey } from '../report/part-keys';
import type { TReport } from '../report/schema';
import type { TTemplate } from '../template/schema';

/** Something the web version must not carry: personal data or a 密级 marking, and where it is. */
export type TPublishFinding = { kind: string; excerpt: string; part: TPartKey | null; sectionId: string | null };

const SECRET = '密级标志';

// Markings, not the words: “保守国家秘密” and “涉及党和国家秘密的除外” are prose a report may contain.
// Every quantifier takes at most one character, so no pattern backtracks.
export const SECRET_MARKINGS: TDetector[] = [
  /** 秘密★1年, 机密★, 绝密☆长期 (GB/T 9704 7.2.2). */
  { kind: SECRET, pattern: /(?:绝密|机密|秘密)[ \u3000]?[★☆＊*]/g },
  /** （内部资料）, （内部）, 【秘密】, (内部资料，注意保存). */
  {
    kind: SECRET,
    pattern: /[（(【[〔][ \u3000]?(?:内部|绝密|机密|秘密)(?:资料|材料|文件|参考|使用|刊物)?(?:[，,、 \u3000]?注意保存)?[ \u3000]?[）)】\]〕]/g,
  },
  /** A paragraph that is nothing but a marking, and 内部资料，注意保存 anywhere. */
  { kind: SECRET, pattern: /^[ \u3000]?(?:内部资料|内部材料|内部文件|内部参考|绝密|机密|秘密)[。.]?[ \u3000]?$|内部资料[，,、 \u3000]?注意保存/gm },
  { kind: SECRET, pattern: /密级[：:][ \u3000]?(?:绝密|机密|秘密|内部)/g },
];

const DETECTORS = [ID_NUMBER, MOBILE, LANDLINE, NAMED_PARTY, ...SECRET_MARKINGS];

/**
 * What must come out before the report goes online (the rules require publication by 4月1日, after a
 * 保密审查): ID, mobile and landline numbers, parties named with their case, and 内部/秘密/机密/绝密
 * markings, in every piece of text the web version prints, in reading order.
 */
export function publishScan(report: TReport, template: TTemplate): TPublishFinding[] {
  const partHeadings = report.layout === 'parts' ? template.parts.map((p) => ({ text: report.partHeadings[p.key], part: p.key, sectionId: null })) : [];
  const units = [
    ...reportUnits(report, template).map((u) => ({ text: u.text, part: u.place.part, sectionId: u.place.sectionId ?? null })),
    ...partHeadings,
  ];
  return units.flatMap(({ text, part, sectionId }) => {
    let covered = 0;
    return detectIn(text, DETECTORS)
      .sort((a, b) => a.index - b.index || b.text.length - a.text.length)
      .filter((m) => {
        // Two patterns may find the same marking: （内部资料，注意保存） and 内部资料，注意保存 within it.
        if (m.index < covered) return false;
        covered = m.index + m.text.length;
        return true;
      })
      .map((m) => ({ kind: m.kind, excerpt: m.text.trim(), part, sectionId }));
  });
}
