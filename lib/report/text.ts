import { z } from 'zod';

// XML 1.0 cannot hold C0 controls (other than tab and line breaks), DEL-adjacent C1 controls, lone
// surrogates or U+FFFE/U+FFFF; a .docx containing them will not open, so they are refused at the door.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// Made once: stripping runs on every paragraph printed, and a body may hold tens of thousands.
const ALL_FORBIDDEN = new RegExp(FORBIDDEN.source, 'g');

export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** Removes what XML cannot hold, for text that comes from outside the schema (imports, file names). */
export function stripForbiddenCharacters(text: string): string {
  return text.replace(ALL_FORBIDDEN, '');
}

/** A single-line text field: no line breaks, no control characters, a length limit in characters. */
export function zLine(label: string, max: number) {
  return z
    .string({ error: `${label}必须是文字` })
    .max(max, { error: `${label}不能超过${max}个字符` })
    .refine((s) => !/[\r\n]/.test(s), { error: `${label}不能换行` })
    .refine((s) => !hasForbiddenCharacters(s), { error: `${label}含有无法保存的控制字符，请删除后重试` });
}

/** A few single lines, one a line (the issuers of a joint report). */
export function zLines(label: string, max: number, maxLines: number) {
  return z
    .string({ error: `${label}必须是文字` })
    .max(max * maxLines + maxLines, { error: `${label}过长` })
    .refine((s) => !/\r/.test(s), { error: `${label}的换行符无效` })
    .refine((s) => !hasForbiddenCharacters(s), { error: `${label}含有无法保存的控制字符，请删除后重试` })
    .refine((s) => s.split('\n').length <= maxLines, { error: `${label}最多${maxLines}行` })
    .refine((s) => s.split('\n').every((line) => line.length <= max), { error: `${label}每行不能超过${max}个字符` });
}

/** A multi-paragraph text field: paragraphs are separated by line breaks. */
export function zBody(label: string, max: number) {
  return z
    .string({ error: `${label}必须是文字` })
    .max(max, { error: `${label}不能超过${max}个字符` })
    .refine((s) => !/\r/.test(s), { error: `${label}的换行符无效` })
    .refine((s) => !hasForbiddenCharacters(s), { error: `${label}含有无法保存的控制字符，请删除后重试` });
}

/** The paragraphs of a body: one per line, surrounding white space trimmed, empty lines skipped. */
export function paragraphsOf(body: string): string[] {
  return body
    .split('\n')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}
