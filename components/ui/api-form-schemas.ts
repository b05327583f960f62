import { ZNewUser, ZPasswordReset, ZUnitInput } from '@/lib/accounts/schema';
import { ZDeadlines, ZNewComment, ZReviewAction } from '@/lib/review/requests';

/** The request schemas an ApiForm may check with, by name: a server page cannot hand a schema to the browser. */
export const API_FORM_SCHEMAS = { review: ZReviewAction, comment: ZNewComment, unit: ZUnitInput, user: ZNewUser, password: ZPasswordReset, deadlines: ZDeadlines } as const;
