import { chineseNumeral } from '../report/numbering';
import { ImportError } from './import-error';
import { IMPORT_LIMITS } from './limits';
import { readZipEntry, zipEntries } from './unzip';

/** A paragraph of the source with, where the file says so, its heading level (1 to 4). */
export type TSourceLine = { text: string; level?: number };

const ENTITY: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITY[name] ?? whole;
  });
}

const attr = (xml: string, tag: string, name = 'w:val') => new RegExp(`<${tag}\\b[^>]*\\s${name}="([^"]*)"`).exec(xml)?.[1];

type TLevelDef = { format: string; text: string; start: number };

function numberingDefinitions(xml: string): Map<string, TLevelDef[]> {
  const abstract = new Map<string, TLevelDef[]>();
  for (const m of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/g)) {
    const levels: TLevelDef[] = [];
    for (const l of m[2]!.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/g)) {
      levels[Number(l[1])] = { format: attr(l[2]!, 'w:numFmt') ?? 'decimal', text: attr(l[2]!, 'w:lvlText') ?? '', start: Number(attr(l[2]!, 'w:start') ?? '1') };
    }
    abstract.set(m[1]!, levels);
  }
  const nums = new Map<string, TLevelDef[]>();
  for (const m of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/g)) {
    const levels = abstract.get(attr(m[2]!, 'w:abstractNumId') ?? '');
    if (levels) nums.set(m[1]!, levels);
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
  for (const m of xml.matchAll(/<w:style\b[^>]*w:styleId="([^"]+)"[^>]*>([\s\S]*?)<\/w:style>/g)) {
    const outline = attr(m[2]!, 'w:outlineLvl');
    const name = attr(m[2]!, 'w:name') ?? '';
    const byName = /^(?:heading|标题)\s*(\d)$/i.exec(name)?.[1];
    const level = outline !== undefined ? Number(outline) + 1 : byName ? Number(byName) : undefined;
    if (level !== undefined && level >= 1 && level <= 4) levels.set(m[1]!, level);
  }
  return levels;
}

function paragraphText(inner: string): string {
  let text = '';
  for (const m of inner.matchAll(/<w:(t|tab|br|cr|delText|instrText)\b[^>]*?(?:\/>|>([\s\S]*?)<\/w:\1>)/g)) {
    if (m[1] === 't') text += decodeXml(m[2] ?? '');
    else if (m[1] === 'tab') text += ' ';
    else if (m[1] === 'br' || m[1] === 'cr') text += '\n';
  }
  return text;
}

/** The paragraphs of a .docx in order, with Word's automatic numbering written out and heading levels
 * from outline levels or heading styles. Reads only document.xml, numbering.xml and styles.xml. */
export function docxLines(bytes: Uint8Array): TSourceLine[] {
  const entries = zipEntries(bytes);
  const budget = { left: IMPORT_LIMITS.totalBytes };
  const read = (name: string) => {
    const entry = entries.get(name);
    return entry ? new TextDecoder().decode(readZipEntry(bytes, entry, budget)) : '';
  };
  const document = read('word/document.xml');
  if (!document.includes('<w:body')) throw new ImportError('这个压缩文件不是 Word 文档（缺少正文）。请上传 .docx、.doc 或 .txt 文件。', 415);
  const parts = [document, read('word/numbering.xml'), read('word/styles.xml')];
  if (parts.some((xml) => /<!DOCTYPE|<!ENTITY/i.test(xml))) throw new ImportError('文件内部含有实体定义，为安全起见不予读取。请在 Word 中另存为新文件后再上传。');
  const number = numberer(numberingDefinitions(parts[1]!));
  const styles = styleLevels(parts[2]!);
  const lines: TSourceLine[] = [];
  for (const m of document.matchAll(/<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g)) {
    const inner = m[1]!;
    const pPr = /<w:pPr>([\s\S]*?)<\/w:pPr>/.exec(inner)?.[1] ?? '';
    const numId = attr(pPr, 'w:numId');
    const prefix = numId && numId !== '0' ? number(numId, Number(attr(pPr, 'w:ilvl') ?? '0')) : '';
    const outline = attr(pPr, 'w:outlineLvl');
    const style = attr(pPr, 'w:pStyle');
    const level = outline !== undefined ? Number(outline) + 1 : style ? styles.get(style) : undefined;
    for (const text of (prefix + paragraphText(inner)).split('\n')) lines.push(level && level <= 4 ? { text, level } : { text });
  }
  return lines;
}
