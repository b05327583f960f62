import { afterAll, describe, expect, it } from 'vitest';
import { closePools, importBounded } from '@/lib/workers/bounded';
import { cyclicDoc, unclosedParagraphsDocx } from '../../support/hostile-files';
import { fixture } from '../../support/import';

const refusal = (bytes: Uint8Array) =>
  importBounded({ bytes }).then(
    () => {
      throw new Error('accepted');
    },
    (error: Error & { status: number }) => ({ status: error.status, message: error.message }),
  );

describe('importing in a worker with time and memory limits', () => {
  afterAll(() => closePools());

  it('refuses at once a .doc whose sector chain loops for ever (word-extractor would follow it), and reads the next file', async () => {
    expect(await refusal(cyclicDoc())).toEqual({ status: 422, message: expect.stringContaining('无法读取这个旧版 Word 文件') });
    const next = await importBounded({ bytes: fixture('three-parts.doc') });
    expect(next.sections.length).toBeGreaterThan(0);
  });

  it('answers a crafted .docx with its own message from the worker', async () => {
    expect(await refusal(await unclosedParagraphsDocx(160_000))).toEqual({ status: 422, message: expect.stringContaining('嵌套层数过多') });
  });

  it('reads pasted text and an earlier read with dropped lines kept, as the route sends them', async () => {
    const pasted = await importBounded({ text: '某镇关于2024年法治政府建设情况的报告\n首页 > 政务公开\n一、主要举措\n开展普法。' });
    expect(pasted.title).toBe('某镇关于2024年法治政府建设情况的报告');
    const dropped = pasted.dropped.map((d) => d.line);
    expect(dropped.length).toBeGreaterThan(0);
    const kept = await importBounded({ lines: pasted.lines, keep: dropped });
    expect(kept.dropped).toEqual([]);
  });
});
