import type { TPartKey } from '../report/part-keys';

export type TSeverity = '错误' | '提示';

/** 'figure': a row of the 主要数据 table, named by `indicator`. */
export type TField = 'title' | 'unit' | 'recipient' | 'signature' | 'date' | 'opening' | 'heading' | 'body' | 'part' | 'docNumber' | 'signers' | 'printer' | 'printDate' | 'figure';

/** Where a finding is: the part and section, the field, the paragraph (0-based line of the body) and
 * the characters [start, end) within it. */
export type TPlace = {
  part: TPartKey | null;
  field: TField;
  sectionId?: string;
  paragraph?: number;
  /** The indicator key of a 主要数据 row. */
  indicator?: string;
  start?: number;
  end?: number;
};

export type TFinding = {
  ruleId: string;
  severity: TSeverity;
  message: string;
  place: TPlace;
  /** The words found, for the clerk to recognise and for a dismissal to stay attached to. */
  excerpt: string;
  /** A one-click correction the app can apply. */
  fix?: 'full-width-punctuation';
};

export type TTextUnit = { text: string; place: TPlace };

/** A stable key for a finding, so a dismissal survives edits elsewhere in the report. */
export function findingKey(f: Pick<TFinding, 'ruleId' | 'place' | 'excerpt'>): string {
  return [f.ruleId, f.place.part ?? '-', f.place.sectionId ?? f.place.indicator ?? f.place.field, f.excerpt].join('|');
}
