import type { TPlace } from './types';

/** The page and field a finding points to (with the characters to select), returning to 检查并下载 after the edit. */
export function placeHref(reportId: string, place: TPlace): string {
  const sel = place.start !== undefined && place.end !== undefined ? `&sel=${place.paragraph ?? 0}:${place.start}-${place.end}` : '';
  if (place.field === 'figure') return `/reports/${reportId}/figures?from=check#figure-${place.indicator ?? ''}`;
  if (!place.part) return `/reports/${reportId}/basics?from=check${sel}#${place.field === 'part' ? 'title' : place.field}`;
  const anchor = place.sectionId ? `${place.field === 'heading' ? 'h' : 'b'}-${place.sectionId}` : 'add-first';
  return `/reports/${reportId}/parts/${place.part}?from=check${sel}#${anchor}`;
}
