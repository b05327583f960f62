import { describe, expect, it } from 'vitest';
import { contentDisposition, docxFileName } from '@/lib/docx/file-name';

describe('the download file name', () => {
  it('is the title, with characters Windows forbids replaced', () => {
    expect(docxFileName('关于2025年法治政府建设情况的报告')).toBe('关于2025年法治政府建设情况的报告.docx');
    expect(docxFileName('a/b:c*?"<>|')).toBe('a_b_c______.docx');
    expect(docxFileName('  ')).toBe('法治政府建设情况报告.docx');
  });

  it('travels in Content-Disposition as RFC 5987 UTF-8 with an ASCII fallback', () => {
    const header = contentDisposition('青石镇报告(草稿).docx');
    expect(header).toMatch(/^attachment; filename="_____\(__\)\.docx"; filename\*=UTF-8''%E9%9D%92[%0-9A-F]+%28%E8%8D%89%E7%A8%BF%29\.docx$/);
    expect(decodeURIComponent(header.split("UTF-8''")[1]!)).toBe('青石镇报告(草稿).docx');
    expect(() => new Headers({ 'Content-Disposition': header })).not.toThrow();
  });
});
