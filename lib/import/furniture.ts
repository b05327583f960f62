// Lines a government web page puts around a report: breadcrumbs, share and print links, site lists,
// copyright and registration numbers. Dropped, and listed so the clerk can bring one back.
const JUNK = [
  /^(?:您(?:当前)?的?位置|当前位置)[:：]/,
  /首页\s*[>＞›»]/,
  /扫一扫|手机(?:上)?打开|打印本页|关闭窗口|【\s*(?:打印|关闭|收藏)\s*】|分享到|字号[:：]|^字体[:：]?\s*[大中小]/,
  /^(?:国务院部门|地方政府|市政府部门|省政府部门|区[(（]县[)）]政府|县政府|中央|其他|相关|友情)网站$/,
  /版权所有|主办单位?[:：]|承办单位?[:：]|ICP\s*备|公网安备|网站标识码|技术支持[:：]/,
  /^(?:来源|信息来源|文章来源|发布时间|发布日期|日期|时间|浏览|浏览次数|访问次数|阅读次数|点击数|作者)\s*[:：]/,
  /^(?:上一篇|下一篇|相关链接|返回顶部)[:：]?/,
  /^[-•·]?\s*(?:相关(?:新闻|阅读|文章|信息|链接)|打印|关闭|收藏|返回|分享)$/,
  /^(?:繁体|简体|无障碍|网站地图)\s*丨/,
];

// The information table of a government disclosure page, as "[ 索引号 ] … [ 成文日期 ] 2022-03-03" or as a
// list ("- 发布机构:羊庄镇", "• 成文时间:2026年01月28日"), its names sometimes spaced out (索 引 号): not
// report text and not clutter either; its 成文日期, 发布机构 and 标题 are kept.
const KEYS = '索引号|主题分类|发布机构|成文日期|成文时间|发布日期|发文时间|发文字号|有效性|效力状态|体裁分类|文号|标题';
const SPACED = (keys: string) => keys.split('|').map((k) => [...k].join(' ?')).join('|');
const META = new RegExp(`^(?:\\[ ?(?:${SPACED(KEYS)}) ?\\]|[-•·] ?(?:${SPACED(KEYS)}) ?[:：])`);
const FIELD = (key: string) => new RegExp(`(?:\\[ ?${SPACED(key)} ?\\]|${SPACED(key)} ?[:：]) ?([^\\[]*)`);

export function isFurniture(line: string): boolean {
  return JUNK.some((pattern) => pattern.test(line));
}

export function isMetadata(line: string): boolean {
  return META.test(line);
}

export type TMetadata = { date: string | null; publisher: string | null; title: string | null };

/** What a line of a disclosure page's information table says of the report: its 成文日期 (YYYY-MM-DD), its
 * 发布机构 and its 标题. Lines are single-spaced before they come here. */
export function metadataOf(line: string): TMetadata {
  const value = (key: string) => FIELD(key).exec(line)?.[1]?.trim() || null;
  const date = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})/.exec(value('成文日期') ?? value('成文时间') ?? '');
  return {
    date: date ? `${date[1]}-${date[2]!.padStart(2, '0')}-${date[3]!.padStart(2, '0')}` : null,
    publisher: value('发布机构'),
    title: value('标题'),
  };
}
