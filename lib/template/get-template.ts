import standard from '../../templates/standard.json';
import { ZTemplate, type TTemplate } from './schema';
import { DEFAULT_TEMPLATE_ID, TEMPLATE_IDS } from './template-ids';

// Parsed once at load: a broken template is a programming error and must fail loudly, not at a clerk's click.
// A Map, not an object: an id such as "constructor" must not find Object.prototype's member.
const TEMPLATES = new Map<string, TTemplate>([standard].map((t) => ZTemplate.parse(t)).map((t) => [t.id, t]));

const missing = TEMPLATE_IDS.filter((id) => !TEMPLATES.has(id));
if (missing.length > 0 || TEMPLATES.size !== TEMPLATE_IDS.length) {
  throw new Error(`TEMPLATE_IDS (${TEMPLATE_IDS.join(', ')}) and templates/ (${[...TEMPLATES.keys()].join(', ')}) disagree`);
}

/** The report's template; an unknown id falls back to the standard one, though the report schema lets
 * none through. */
export function getTemplate(id: string = DEFAULT_TEMPLATE_ID): TTemplate {
  return TEMPLATES.get(id) ?? TEMPLATES.get(DEFAULT_TEMPLATE_ID)!;
}
