import { z } from 'zod';
import { ZReport } from '../report/schema';

export const BACKUP_FORMAT = 'nianbao-backup';

const ZKeptVersion = z.object({
  id: z.string().min(1).max(40),
  number: z.number().int().positive(),
  cause: z.enum(['下载', '定时', '恢复']),
  createdAt: z.string().max(40),
  report: ZReport,
});

export const ZBackupEntry = z.object({
  id: z.string().min(1).max(40),
  version: z.number().int().positive(),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  downloadedAt: z.string().max(40).nullable(),
  report: ZReport,
  source: z.object({ name: z.string().max(300), text: z.string() }).nullable(),
  versions: z.array(ZKeptVersion),
});
export type TBackupEntry = z.infer<typeof ZBackupEntry>;

/** 导出全部数据: every report with its history and source, as one JSON file that 导入数据 reads back. */
export const ZBackup = z.object({
  format: z.literal(BACKUP_FORMAT, { error: '这不是年报导出的数据文件' }),
  formatVersion: z.literal(1, { error: '这个数据文件来自不兼容的年报版本' }),
  exportedAt: z.string().max(40),
  reports: z.array(ZBackupEntry),
});
export type TBackup = z.infer<typeof ZBackup>;

export type TRestoreResult = { created: number; replaced: number; existing: string[] };
