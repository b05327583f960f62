import { FONT } from './geometry';

// Government PCs often have the GB2312 fonts; Windows 10/11 ships 仿宋 and 楷体 instead. The alternative
// names let Word and WPS find whichever the machine has; LibreOffice substitutes by the same table.
const FONTS: Array<{ name: string; alt?: string; charset: string; family: string; pitch: string }> = [
  { name: FONT.body, alt: '仿宋', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.h2, alt: '楷体', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.h1, alt: 'SimHei', charset: '86', family: 'modern', pitch: 'fixed' },
  { name: FONT.title, alt: '方正小标宋_GBK', charset: '86', family: 'script', pitch: 'variable' },
  { name: FONT.pageNumber, alt: 'SimSun', charset: '86', family: 'auto', pitch: 'variable' },
  { name: FONT.latin, charset: '00', family: 'roman', pitch: 'variable' },
];

/** word/fontTable.xml naming every font the document uses, with its alternative name. */
export const FONT_TABLE_XML =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
  '<w:fonts xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  FONTS.map(
    (f) =>
      `<w:font w:name="${f.name}">${f.alt ? `<w:altName w:val="${f.alt}"/>` : ''}` +
      `<w:charset w:val="${f.charset}"/><w:family w:val="${f.family}"/><w:pitch w:val="${f.pitch}"/></w:font>`,
  ).join('') +
  '</w:fonts>';
