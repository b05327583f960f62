import { ZPart, type TPart, type TSection } from './schema';
import { hasContent } from './steps';

export type TPartProblem = { sectionId: string | null; field: 'heading' | 'body' | 'part'; message: string };

function sectionAt(part: TPart, path: PropertyKey[]): TSection | null {
  let list: TSection[] = part.sections;
  let found: TSection | null = null;
  for (let i = 1; i < path.length; i += 2) {
    if (typeof path[i] !== 'number') break;
    found = list[path[i] as number] ?? null;
    if (!found || path[i + 1] !== 'children') break;
    list = found.children;
  }
  return found;
}

/** What stops a part from being marked 已完成: schema problems, placed on their section, and, when the
 * clerk says the part is done, a part with no content (or no explicit 无 where 无 is allowed). */
export function validatePart(part: TPart, options: { allowNone: boolean; done: boolean }): TPartProblem[] {
  const parsed = ZPart.safeParse(part);
  const problems: TPartProblem[] = parsed.success
    ? []
    : parsed.error.issues.map((issue) => {
        const field = issue.path.at(-1);
        const section = sectionAt(part, issue.path);
        return {
          sectionId: section?.id ?? null,
          field: field === 'heading' || field === 'body' ? field : 'part',
          message: issue.message,
        };
      });
  if (options.done && !(hasContent(part) && (options.allowNone || !part.none))) {
    problems.push({
      sectionId: null,
      field: 'part',
      message: options.allowNone ? '本部分还没有内容：请添加一节，或选择“无”' : '本部分还没有内容：请至少添加一节并填写',
    });
  }
  return problems;
}
