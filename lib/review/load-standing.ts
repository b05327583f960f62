import 'server-only';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { readsAll, type TUserActor } from '../auth/actor';
import { requireActor } from '../auth/require-actor';
import { getReview } from './get-review';
import type { TComment, TTimelineEvent } from './review-repository';

export type TStanding = { actor: TUserActor; reviewer: boolean; timeline: TTimelineEvent[]; comments: TComment[] };

/** A report page's review side: who is looking (a county reviewer or not), the 报送/退回/通过/公开 events
 * and the comments. Read once per request; 404 as for the report itself. */
export const loadStanding = cache(async (id: string): Promise<TStanding> => {
  const actor = await requireActor(`/reports/${id}`);
  const review = await getReview(actor);
  const [timeline, comments] = await Promise.all([review.timeline(id), review.comments(id)]);
  if (!timeline || !comments) notFound();
  return { actor, reviewer: readsAll(actor), timeline, comments };
});
