import { SaxesParser, type SaxesTagNS } from 'saxes';
import { ImportError } from './import-error';
import { IMPORT_LIMITS } from './limits';

const CORRUPT = '文件已损坏或不完整，无法打开。请在 Word 或 WPS 中打开后“另存为 .docx”再上传。';
const ENTITIES = '文件内部含有实体定义，为安全起见不予读取。请在 Word 中另存为新文件后再上传。';
const TOO_DEEP = '文件结构异常（嵌套层数过多），不像是一份正常的报告，为安全起见不予读取。';

/** WordprocessingML, as Word and WPS write it (transitional) and as ISO strict names it. */
const WML = new Set(['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main']);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** An element as the reader sees it: its WordprocessingML local name ('' for any other vocabulary) and
 * its w:val, the attribute most of Word's properties carry. */
export type TXmlElement = { name: string; attr: (local: string) => string | undefined };

export type TXmlVisitor = {
  open(element: TXmlElement, path: readonly string[]): void;
  close(name: string, path: readonly string[]): void;
  /** Character data, with the path of the element that holds it. */
  text(text: string, path: readonly string[]): void;
};

function wmlName(tag: SaxesTagNS): string {
  return WML.has(tag.uri) ? tag.local : '';
}

/**
 * Streams one XML part of a .docx through a real XML parser, so the work is linear in its size (times
 * the nesting depth, which is capped), whatever the markup. A DOCTYPE (and so any entity definition) is refused, as is nesting deeper than any Word
 * document needs; malformed XML is a corrupt file. The alternative content Word writes for older readers
 * (mc:Fallback) repeats what mc:Choice holds, so it is skipped.
 */
export function readXml(xml: string, visitor: TXmlVisitor): void {
  const parser = new SaxesParser({ xmlns: true, position: false });
  const path: string[] = [];
  let skipping = 0;
  parser.on('doctype', () => {
    throw new ImportError(ENTITIES);
  });
  parser.on('error', () => {
    throw new ImportError(CORRUPT);
  });
  parser.on('opentag', (tag) => {
    // Counted in skipped content too: the parser resolves each prefix through every open element, so
    // the depth bounds the work per element.
    if (path.length + skipping >= IMPORT_LIMITS.xmlDepth) throw new ImportError(TOO_DEEP);
    if (skipping > 0 || (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback')) {
      skipping += 1;
      return;
    }
    const name = wmlName(tag);
    path.push(name);
    const attr = (local: string) => {
      for (const key in tag.attributes) {
        const a = tag.attributes[key]!;
        if (a.local === local && WML.has(a.uri)) return a.value;
      }
      return undefined;
    };
    visitor.open({ name, attr }, path);
  });
  parser.on('closetag', () => {
    if (skipping > 0) {
      skipping -= 1;
      return;
    }
    const name = path.at(-1) ?? '';
    visitor.close(name, path);
    path.pop();
  });
  parser.on('text', (text) => {
    if (skipping === 0) visitor.text(text, path);
  });
  parser.write(xml).close();
}
