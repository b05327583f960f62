import standard from '../../templates/standard.json';
import { ZTemplate, type TTemplate } from './schema';

// Parsed once at load: a broken template is a programming error and must fail loudly, not at a clerk's click.
const TEMPLATES: Record<string, TTemplate> = { standard: ZTemplate.parse(standard) };

export const DEFAULT_TEMPLATE_ID = 'standard';

/** The report's template; an unknown id falls back to the standard one so an old draft still opens. */
export function getTemplate(id: string = DEFAULT_TEMPLATE_ID): TTemplate {
  return TEMPLATES[id] ?? (TEMPLATES[DEFAULT_TEMPLATE_ID] as TTemplate);
}
