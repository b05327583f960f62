import type { TPartKey } from './part-keys';
import type { TReport, TSection } from './schema';

/** The basic fields merged one by one; each is a whole value, never merged inside. */
export const MERGED_FIELDS = [
  'unit',
  'unitKind',
  'year',
  'title',
  'titleLines',
  'recipient',
  'signature',
  'date',
  'opening',
  'template',
] as const satisfies ReadonlyArray<keyof TReport>;
export type TMergedField = (typeof MERGED_FIELDS)[number];

export type TMergeChoice = 'mine' | 'theirs' | 'both';

/** A basic field both sides changed, to different values. The merged report holds `mine` until resolved. */
export type TFieldConflict = {
  [F in TMergedField]: {
    kind: 'field';
    key: string;
    field: F;
    base: TReport[F];
    mine: TReport[F];
    theirs: TReport[F];
    /** 'both' only where two values can stand together: the 导语's paragraphs. */
    choices: readonly TMergeChoice[];
  };
}[TMergedField];

/** A section both sides changed differently ('edited'), or one side deleted while the other changed it or
 * something inside it ('deleted'). The merged report holds mine's heading and body for an edit conflict,
 * and the changed side's section for a deletion, until resolved. */
export type TSectionConflict = {
  kind: 'section';
  key: string;
  reason: 'edited' | 'deleted';
  /** Where the section stands in the merged report. */
  part: TPartKey;
  sectionId: string;
  /** The merged headings from the part's top list down to this section, itself included. */
  headingPath: string[];
  base: TSection | null;
  mine: TSection | null;
  theirs: TSection | null;
  /** For a deletion: this section and the sections within it that the deleting side deleted with it,
   * which go when the deletion is chosen (sections within it the deleting side still has move up into its place). */
  deletedIds: string[];
  choices: readonly TMergeChoice[];
};

export type TMergeConflict = TFieldConflict | TSectionConflict;

export const fieldConflictKey = (field: TMergedField) => `field:${field}`;
// Ids are unique within a report, so the id alone names the section wherever either side put it.
export const sectionConflictKey = (id: string) => `section:${id}`;

export function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}

/** One value merged three ways: a side's change wins over the base; different changes on both sides
 * conflict and keep mine. Without a base (both sides added it), any difference conflicts. */
export function mergeValue<T>(base: T | undefined, mine: T, theirs: T, hasBase = true): { value: T; conflict: boolean } {
  if (sameValue(mine, theirs)) return { value: mine, conflict: false };
  if (hasBase && sameValue(mine, base)) return { value: theirs, conflict: false };
  if (hasBase && sameValue(theirs, base)) return { value: mine, conflict: false };
  return { value: mine, conflict: true };
}

/** Two texts as paragraphs of one: nothing of either is lost, and an empty one adds no empty line. */
export function joinParagraphs(...texts: string[]): string {
  return texts.filter((t) => t.length > 0).join('\n');
}
