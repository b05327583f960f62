import 'server-only';
import type { TActor } from '../auth/actor';
import { getDatabase } from '../db/get-database';
import { createReviewRepository, type ReviewRepository } from './review-repository';

export async function getReview(actor: TActor): Promise<ReviewRepository> {
  return createReviewRepository(await getDatabase(), actor);
}
