// Lines a government web page puts around a report: breadcrumbs, share and print links, site lists,
// copyright and registration numbers. Dropped, and listed so the clerk can bring one back.
const JUNK = [
  /^(?:您(?:当前)?的?位置|当前位置)[:：]/,
  /首页\s*[>＞›»]/,
  /扫一扫|手机(?:上)?打开|打印本页|关闭窗口|【\s*(?:打印|关闭|收藏)\s*】|分享到|字号[:：]|^字体[:：]?\s*[大中小]/,
  /^(?:国务院部门|地方政府|市政府部门|省政府部门|区[(（]县[)）]政府|县政府|中央|其他|相关|友情)网站$/,
  /版权所有|主办单位?[:：]|承办单位?[:：]|ICP\s*备|公网安备|网站标识码|技术支持[:：]/,
  /^(?:来源|信息来源|发布时间|发布日期|浏览次数|访问次数|阅读次数|点击数|作者)[:：]/,
  /^(?:上一篇|下一篇|相关链接|返回顶部)[:：]?/,
];

// The information table of a government disclosure page ("[ 索引号 ] … [ 成文日期 ] 2022-03-03"): not
// report text and not clutter either; its 成文日期 is kept as the report's date.
const META = /^\[\s*(?:索引号|主题分类|发布机构|成文日期|发布日期|发文字号|有效性|体裁分类|文号)\s*\]/;

export function isFurniture(line: string): boolean {
  return JUNK.some((pattern) => pattern.test(line));
}

export function isMetadata(line: string): boolean {
  return META.test(line);
}

/** The 成文日期 given in a disclosure page's information table, as YYYY-MM-DD. */
export function metadataDate(line: string): string | null {
  const m = /\[\s*成文日期\s*\]\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(line);
  return m ? `${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}` : null;
}
