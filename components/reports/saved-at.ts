/** A stored time as a clerk in China reads it. */
export function savedAt(iso: string): string {
  return new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
}
