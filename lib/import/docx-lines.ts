import { chineseNumeral } from '../report/numbering';
import { ImportError } from './import-error';
import { IMPORT_LIMITS, TOO_MANY_PARAGRAPHS, TOO_MUCH_TEXT } from './limits';
import { readXml } from './read-xml';
import { readZipEntry, zipEntries } from './unzip';

/** A paragraph of the source with, where the file says so, its heading level (1 to 4). */
export type TSourceLine = { text: string; level?: number };

type TLevelDef = { format: string; text: string; start: number };

const NOT_WORD = '这个压缩文件不是 Word 文档（缺少正文）。请上传 .docx、.doc 或 .txt 文件。';

const parentIs = (path: readonly string[], ...names: string[]) => names.every((name, i) => path[path.length - 2 - i] === name);

/** numId → its levels (format, text such as "%1、", start), through the abstract definition it names. */
function numberingDefinitions(xml: string): Map<string, TLevelDef[]> {
  const abstract = new Map<string, TLevelDef[]>();
  const numToAbstract = new Map<string, string>();
  let levels: TLevelDef[] | null = null;
  let level: TLevelDef | null = null;
  let num: string | null = null;
  if (xml) {
    readXml(xml, {
      open(el, path) {
        if (el.name === 'abstractNum') abstract.set(el.attr('abstractNumId') ?? '', (levels = []));
        else if (el.name === 'lvl' && levels && parentIs(path, 'abstractNum')) levels[Number(el.attr('ilvl') ?? 0)] = level = { format: 'decimal', text: '', start: 1 };
        else if (level && parentIs(path, 'lvl')) {
          if (el.name === 'numFmt') level.format = el.attr('val') ?? 'decimal';
          else if (el.name === 'lvlText') level.text = el.attr('val') ?? '';
          else if (el.name === 'start') level.start = Number(el.attr('val') ?? 1);
        } else if (el.name === 'num') num = el.attr('numId') ?? null;
        else if (el.name === 'abstractNumId' && num !== null && parentIs(path, 'num')) numToAbstract.set(num, el.attr('val') ?? '');
      },
      close(name) {
        if (name === 'abstractNum') levels = null;
        else if (name === 'lvl') level = null;
        else if (name === 'num') num = null;
      },
      text() {},
    });
  }
  const nums = new Map<string, TLevelDef[]>();
  for (const [id, abstractId] of numToAbstract) {
    const defs = abstract.get(abstractId);
    if (defs) nums.set(id, defs);
  }
  return nums;
}

function formatNumber(n: number, format: string): string {
  return /^(chinese|ideograph|japanese|taiwanese)/i.test(format) ? chineseNumeral(n) : String(n);
}

/** Word's automatic numbering ("一、" made by a numbering definition), which the text itself does not hold. */
function numberer(numbering: Map<string, TLevelDef[]>) {
  const counters = new Map<string, number[]>();
  return (numId: string, ilvl: number): string => {
    const levels = numbering.get(numId);
    const def = levels?.[ilvl];
    if (!levels || !def || def.format === 'none' || def.format === 'bullet') return '';
    const counts = counters.get(numId) ?? [];
    counts[ilvl] = (counts[ilvl] ?? (def.start - 1)) + 1;
    counts.length = ilvl + 1;
    counters.set(numId, counts);
    return def.text.replace(/%(\d)/g, (_, d: string) => {
      const i = Number(d) - 1;
      return formatNumber(counts[i] ?? levels[i]?.start ?? 1, levels[i]?.format ?? 'decimal');
    });
  };
}

/** Heading level by style: its outline level, or a name like "heading 2" / "标题 2". */
function styleLevels(xml: string): Map<string, number> {
  const levels = new Map<string, number>();
  let style: { id: string; name: string; outline?: string } | null = null;
  if (xml) {
    readXml(xml, {
      open(el) {
        if (el.name === 'style') style = { id: el.attr('styleId') ?? '', name: '' };
        else if (style && el.name === 'name') style.name = el.attr('val') ?? '';
        else if (style && el.name === 'outlineLvl') style.outline ??= el.attr('val');
      },
      close(name) {
        if (name !== 'style' || !style) return;
        const byName = /^(?:heading|标题)\s*(\d)$/i.exec(style.name)?.[1];
        const level = style.outline !== undefined ? Number(style.outline) + 1 : byName ? Number(byName) : undefined;
        if (level !== undefined && level >= 1 && level <= 4) levels.set(style.id, level);
        style = null;
      },
      text() {},
    });
  }
  return levels;
}

type TParagraph = { text: string; numId?: string; ilvl?: string; outline?: string; style?: string };

/** The paragraphs of a .docx in order, with Word's automatic numbering written out and heading levels
 * from outline levels or heading styles. Reads only document.xml, numbering.xml and styles.xml, each
 * with a streaming XML parser; a document of more paragraphs or text than any report is refused. */
export function docxLines(bytes: Uint8Array): TSourceLine[] {
  const entries = zipEntries(bytes);
  const budget = { left: IMPORT_LIMITS.totalBytes };
  const read = (name: string) => {
    const entry = entries.get(name);
    return entry ? new TextDecoder().decode(readZipEntry(bytes, entry, budget)) : '';
  };
  const document = read('word/document.xml');
  if (!document) throw new ImportError(NOT_WORD, 415);
  const number = numberer(numberingDefinitions(read('word/numbering.xml')));
  const styles = styleLevels(read('word/styles.xml'));

  const lines: TSourceLine[] = [];
  // Paragraphs nest (a text box's paragraphs sit inside a run of the paragraph that anchors it).
  const open: TParagraph[] = [];
  let hasBody = false;
  let chars = 0;
  const emit = (p: TParagraph) => {
    const prefix = p.numId && p.numId !== '0' ? number(p.numId, Number(p.ilvl ?? '0')) : '';
    const level = p.outline !== undefined ? Number(p.outline) + 1 : p.style ? styles.get(p.style) : undefined;
    for (const text of (prefix + p.text).split('\n')) lines.push(level && level >= 1 && level <= 4 ? { text, level } : { text });
    if (lines.length > IMPORT_LIMITS.paragraphs) throw new ImportError(TOO_MANY_PARAGRAPHS, 413);
  };
  readXml(document, {
    open(el, path) {
      const p = open.at(-1);
      if (el.name === 'body') hasBody = true;
      else if (el.name === 'p') open.push({ text: '' });
      else if (!p) return;
      else if (el.name === 'tab') p.text += ' ';
      else if (el.name === 'br' || el.name === 'cr') p.text += '\n';
      else if (el.name === 'pStyle' && parentIs(path, 'pPr', 'p')) p.style = el.attr('val');
      else if (el.name === 'outlineLvl' && parentIs(path, 'pPr', 'p')) p.outline = el.attr('val');
      else if (el.name === 'numId' && parentIs(path, 'numPr', 'pPr', 'p')) p.numId = el.attr('val');
      else if (el.name === 'ilvl' && parentIs(path, 'numPr', 'pPr', 'p')) p.ilvl = el.attr('val');
    },
    close(name) {
      if (name !== 'p') return;
      const p = open.pop();
      if (p) emit(p);
    },
    text(text, path) {
      const p = open.at(-1);
      if (!p || path.at(-1) !== 't') return;
      chars += text.length;
      if (chars > IMPORT_LIMITS.textChars) throw new ImportError(TOO_MUCH_TEXT, 413);
      p.text += text;
    },
  });
  if (!hasBody) throw new ImportError(NOT_WORD, 415);
  return lines;
}
