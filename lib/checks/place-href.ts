import type { TPlace } from './types';

/** The page and field a finding points to, returning to 检查并下载 after the edit. */
export function placeHref(reportId: string, place: TPlace): string {
  if (!place.part) return `/reports/${reportId}/basics?from=check#${place.field === 'part' ? 'title' : place.field}`;
  const anchor = place.sectionId ? `${place.field === 'heading' ? 'h' : 'b'}-${place.sectionId}` : 'add-first';
  return `/reports/${reportId}/parts/${place.part}?from=check#${anchor}`;
}
