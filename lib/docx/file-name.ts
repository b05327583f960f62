import { stripForbiddenCharacters } from '../report/text';

/** The download's file name: the title, with what Windows forbids in names replaced, never empty. */
export function docxFileName(title: string, suffix = ''): string {
  const safe = stripForbiddenCharacters(title)
    .replace(/[\\/:*?"<>|]/g, '_')
    .trim()
    .slice(0, 120);
  return `${safe || '法治政府建设情况报告'}${suffix}.docx`;
}

/** RFC 6266 / 5987: an ASCII fallback plus the UTF-8 name, since raw Chinese in a header is not allowed. */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7E]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
