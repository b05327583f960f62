/** The templates in templates/: a report names one of these, and nothing else. Kept apart from the
 * templates themselves so the report schema, which the browser loads too, does not pull their text in. */
export const TEMPLATE_IDS = ['standard'] as const;
export type TTemplateId = (typeof TEMPLATE_IDS)[number];

export const DEFAULT_TEMPLATE_ID: TTemplateId = 'standard';

export function isTemplateId(id: unknown): id is TTemplateId {
  return typeof id === 'string' && (TEMPLATE_IDS as readonly string[]).includes(id);
}
