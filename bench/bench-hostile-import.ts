import { IMPORT_LIMITS } from '../lib/import/limits';
import { closePools, importBounded } from '../lib/workers/bounded';
import { costliestDocx, cyclicDoc, deepestDocx, inflatingPdf, nestedPdf, unclosedParagraphsDocx } from '../tests/support/hostile-files';
import { figure, median, peakRssGrowthMb, timeIt, type TFigure } from './stats';

/** Each whole import (worker included) of the worst files we can build inside the upload limit, read or
 * refused, and the memory the import workers take for them. */
export async function benchHostileImport(): Promise<TFigure[]> {
  const unclosed = Math.floor(IMPORT_LIMITS.entryBytes / '<w:p>'.length) - 1_000;
  const cases: Array<[string, Uint8Array]> = [
    [`导入最费时的可读 .docx（${Math.floor(IMPORT_LIMITS.paragraphs * 0.95)} 段，各部分接近解压上限）`, await costliestDocx()],
    [`导入嵌套 ${IMPORT_LIMITS.xmlDepth - 8} 层、填满解压上限的 .docx`, await deepestDocx()],
    [`导入 ${Math.round(unclosed / 10_000)} 万个未闭合段落的 .docx（拒绝）`, await unclosedParagraphsDocx(unclosed)],
    ['导入扇区链成环的 .doc（拒绝）', cyclicDoc()],
    ['导入页面内容展开为 1 GB 空白的 PDF（拒绝）', inflatingPdf(1_024)],
    [`导入数组嵌套 ${(IMPORT_LIMITS.uploadBytes / 2 / 10_000).toFixed(0)} 万层的 PDF（拒绝）`, nestedPdf(IMPORT_LIMITS.uploadBytes / 2 - 100)],
  ];
  const attempt = (bytes: Uint8Array) => () => importBounded({ bytes }).catch((error: unknown) => error);
  await attempt(cases[0]![1])();
  const figures: TFigure[] = [];
  const growth = await peakRssGrowthMb(async () => {
    for (const [name, bytes] of cases) figures.push(figure(`${name}，3 次中位数`, median(await timeIt(3, attempt(bytes))), 'ms', 2_000));
  });
  await closePools();
  return [...figures, figure('导入工作线程峰值内存增长（以上文件）', growth, 'MB', 256)];
}
