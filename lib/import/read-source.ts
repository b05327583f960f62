import WordExtractor from 'word-extractor';
import { decodeText } from './decode-text';
import { docxLines, type TSourceLine } from './docx-lines';
import { ImportError } from './import-error';
import { compoundFileChainsEnd } from './compound-file';
import { IMPORT_LIMITS, TOO_MANY_PARAGRAPHS, TOO_MUCH_TEXT } from './limits';
import { normalizedLines } from './normalize-text';
import { pdfLines } from './pdf-lines';

const startsWith = (bytes: Uint8Array, ...magic: number[]) => magic.every((b, i) => bytes[i] === b);

function containsUtf16(bytes: Uint8Array, word: string): boolean {
  return Buffer.from(bytes).includes(Buffer.from(word, 'utf16le'));
}

/** The lines of plain text (a .txt, a .doc's text, pasted text), refused past the text or paragraph limit. */
export function textLines(text: string): TSourceLine[] {
  if (text.length > IMPORT_LIMITS.textChars) throw new ImportError(TOO_MUCH_TEXT, 413);
  const lines = text.split(/\r\n?|\n/);
  if (lines.length > IMPORT_LIMITS.paragraphs) throw new ImportError(TOO_MANY_PARAGRAPHS, 413);
  return lines.map((line) => ({ text: line }));
}

/** The paragraphs of an uploaded file, whatever it says its name is: the bytes decide what it is. Text
 * flattened, spaced out or in traditional characters comes back as plain lines (normalize-text.ts). */
export async function readSource(bytes: Uint8Array): Promise<TSourceLine[]> {
  return plainLines(await fileLines(bytes));
}

/** Lines as a report has them (normalize-text.ts), within the paragraph limit: text run together on one
 * line comes back as many. */
export function plainLines(lines: TSourceLine[]): TSourceLine[] {
  const plain = normalizedLines(lines);
  if (plain.length > IMPORT_LIMITS.paragraphs) throw new ImportError(TOO_MANY_PARAGRAPHS, 413);
  return plain;
}

async function fileLines(bytes: Uint8Array): Promise<TSourceLine[]> {
  if (bytes.length === 0) throw new ImportError('文件是空的，没有可导入的内容。');
  if (bytes.length > IMPORT_LIMITS.uploadBytes) throw new ImportError(`文件超过 ${IMPORT_LIMITS.uploadBytes / 1_048_576} MB，不像是一份年度报告。请只上传报告本身。`, 413);
  if (startsWith(bytes, 0x25, 0x50, 0x44, 0x46)) return pdfLines(bytes);
  if (startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || startsWith(bytes, 0xff, 0xd8, 0xff) || startsWith(bytes, 0x47, 0x49, 0x46) || startsWith(bytes, 0x42, 0x4d)) {
    throw new ImportError('这是图片文件，无法读取其中的文字。请上传 Word 文件，或把文字复制后粘贴。', 415);
  }
  if (startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06)) return docxLines(bytes);
  if (startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) {
    if (containsUtf16(bytes, 'EncryptionInfo') || containsUtf16(bytes, 'EncryptedPackage')) {
      throw new ImportError('文件有密码保护，无法读取。请在 Word 或 WPS 中取消密码后再上传。');
    }
    const unreadable = new ImportError('无法读取这个旧版 Word 文件（.doc）。请在 Word 或 WPS 中“另存为 .docx”后再上传。');
    if (!compoundFileChainsEnd(bytes)) throw unreadable;
    let text: string;
    try {
      text = (await new WordExtractor().extract(Buffer.from(bytes))).getBody();
    } catch {
      throw unreadable;
    }
    return textLines(text);
  }
  if (bytes.subarray(0, 4096).includes(0)) throw new ImportError('无法识别这个文件的格式。请上传 .docx、.doc 或 .txt 文件，或直接粘贴文字。', 415);
  return textLines(decodeText(bytes));
}
