import { ImportError } from './import-error';

/**
 * Text files come as UTF-8 (with or without BOM), UTF-16 with BOM, or GB18030/GBK from older Windows
 * tools: UTF-8 is tried strictly first, then GB18030, which decodes any byte sequence GBK wrote.
 */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    try {
      return new TextDecoder('gb18030', { fatal: true }).decode(bytes);
    } catch {
      throw new ImportError('无法识别这个文本文件的编码。请在记事本或 WPS 中另存为“UTF-8”编码后再上传，或直接复制文字粘贴。');
    }
  }
}
