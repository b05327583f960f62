import { AlignmentType, LineRuleType, type IParagraphStyleOptions, type IStylesOptions } from 'docx';
import { CHAR, CONDENSE, FONT, PAGE, SIZE } from './geometry';

/** Style ids used by the body builder; declared once here and referenced by id, as Word does. */
export const STYLE = {
  title: 'NbTitle',
  body: 'NbBody',
  recipient: 'NbRecipient',
  h1: 'NbHeading1',
  h2: 'NbHeading2',
  h3: 'NbHeading3',
  h4: 'NbHeading4',
  signature: 'NbSignature',
  date: 'NbDate',
  footer: 'NbPageNumber',
  mark: 'NbMark',
  docNumber: 'NbDocNumber',
  colophon: 'NbColophon',
  tableCell: 'NbTableCell',
} as const;

export const HEADING_STYLES = [STYLE.h1, STYLE.h2, STYLE.h3, STYLE.h4] as const;

function font(eastAsia: string) {
  return { eastAsia, ascii: FONT.latin, hAnsi: FONT.latin, cs: FONT.latin };
}

const exactLine = { line: PAGE.linePitch, lineRule: LineRuleType.EXACT, before: 0, after: 0 };

function style(id: string, name: string, options: Omit<IParagraphStyleOptions, 'id' | 'name'>): IParagraphStyleOptions {
  return { id, name, basedOn: STYLE.body, next: STYLE.body, quickFormat: true, ...options };
}

function heading(id: string, name: string, level: number, eastAsia: string, bold = false): IParagraphStyleOptions {
  return style(id, name, {
    run: { font: font(eastAsia), bold },
    paragraph: { keepNext: true, keepLines: true, outlineLevel: level, indent: { firstLine: 2 * CHAR } },
  });
}

export const STYLES: IStylesOptions = {
  default: {
    document: {
      run: { font: font(FONT.body), size: SIZE.body, characterSpacing: CONDENSE },
      paragraph: { spacing: exactLine },
    },
  },
  paragraphStyles: [
    {
      id: STYLE.body,
      name: '公文正文',
      quickFormat: true,
      run: { font: font(FONT.body), size: SIZE.body, characterSpacing: CONDENSE },
      paragraph: {
        spacing: exactLine,
        alignment: AlignmentType.JUSTIFIED,
        indent: { firstLine: 2 * CHAR },
      },
    },
    style(STYLE.title, '公文标题', {
      run: { font: font(FONT.title), size: SIZE.title, characterSpacing: 0 },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 }, keepNext: true, keepLines: true },
    }),
    style(STYLE.recipient, '主送机关', { paragraph: { indent: { firstLine: 0 }, keepNext: true } }),
    heading(STYLE.h1, '一级标题', 0, FONT.h1),
    heading(STYLE.h2, '二级标题', 1, FONT.h2),
    heading(STYLE.h3, '三级标题', 2, FONT.body, true),
    heading(STYLE.h4, '四级标题', 3, FONT.body),
    style(STYLE.signature, '发文机关署名', {
      paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: 2 * CHAR }, keepNext: true },
    }),
    style(STYLE.date, '成文日期', {
      paragraph: { alignment: AlignmentType.RIGHT, indent: { firstLine: 0, right: 2 * CHAR } },
    }),
    style(STYLE.mark, '发文机关标志', {
      run: { font: font(FONT.title), color: 'FF0000', characterSpacing: 0 },
      paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } },
    }),
    style(STYLE.docNumber, '发文字号', { paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 } } }),
    style(STYLE.colophon, '版记', {
      run: { size: SIZE.colophon, characterSpacing: 0 },
      paragraph: { alignment: AlignmentType.LEFT, indent: { firstLine: 0 } },
    }),
    style(STYLE.tableCell, '表格文字', { paragraph: { alignment: AlignmentType.CENTER, indent: { firstLine: 0 } } }),
    {
      id: STYLE.footer,
      name: '页码',
      run: { font: font(FONT.pageNumber), size: SIZE.pageNumber, characterSpacing: 0 },
      paragraph: { spacing: { line: 240, lineRule: LineRuleType.AUTO, before: 0, after: 0 } },
    },
  ],
};
