import { inflateRawSync } from 'node:zlib';
import { ImportError } from './import-error';
import { IMPORT_LIMITS } from './limits';

const CORRUPT = '文件已损坏或不完整，无法打开。请在 Word 或 WPS 中打开后“另存为 .docx”再上传。';
const BOMB = '文件解压后过大，不像是一份正常的报告，为安全起见不予读取。';

type TEntry = { name: string; method: number; compressed: number; size: number; offset: number; encrypted: boolean };

/** The entries of a zip file, read from its central directory. Bounded: ZIP64 and oversized archives are refused. */
export function zipEntries(bytes: Uint8Array): Map<string, TEntry> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 65_557); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new ImportError(CORRUPT);
  const count = view.getUint16(eocd + 10, true);
  let at = view.getUint32(eocd + 16, true);
  if (count > IMPORT_LIMITS.entries) throw new ImportError(BOMB);
  const entries = new Map<string, TEntry>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) throw new ImportError(CORRUPT);
    const nameLength = view.getUint16(at + 28, true);
    const entry: TEntry = {
      name: new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      method: view.getUint16(at + 10, true),
      encrypted: (view.getUint16(at + 8, true) & 1) === 1,
      compressed: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      offset: view.getUint32(at + 42, true),
    };
    if (entry.compressed === 0xffffffff || entry.size === 0xffffffff || entry.offset === 0xffffffff) throw new ImportError(BOMB);
    entries.set(entry.name, entry);
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  }
  return entries;
}

/** One entry's bytes, inflated with a hard output limit, so a zip bomb stops at the limit, not at memory's end. */
export function readZipEntry(bytes: Uint8Array, entry: TEntry, budget: { left: number }): Uint8Array {
  if (entry.encrypted) throw new ImportError('文件有密码保护，无法读取。请在 Word 或 WPS 中取消密码后再上传。');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (entry.offset + 30 > bytes.length || view.getUint32(entry.offset, true) !== 0x04034b50) throw new ImportError(CORRUPT);
  const start = entry.offset + 30 + view.getUint16(entry.offset + 26, true) + view.getUint16(entry.offset + 28, true);
  const data = bytes.subarray(start, start + entry.compressed);
  if (data.length < entry.compressed) throw new ImportError(CORRUPT);
  const limit = Math.min(IMPORT_LIMITS.entryBytes, budget.left);
  let out: Uint8Array;
  if (entry.method === 0) out = data;
  else if (entry.method === 8) {
    try {
      out = inflateRawSync(data, { maxOutputLength: limit });
    } catch (error) {
      throw new ImportError(error instanceof RangeError ? BOMB : CORRUPT);
    }
  } else throw new ImportError(CORRUPT);
  if (out.length > limit) throw new ImportError(BOMB);
  budget.left -= out.length;
  return out;
}
