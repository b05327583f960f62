import { z } from 'zod';
import { ZStoredReport } from '../report/upgrade';
import { VERSION_CAUSES } from '../report/version-causes';

export const BACKUP_FORMAT = 'nianbao-backup';

const ZKeptVersion = z.object({
  id: z.string().min(1).max(40),
  number: z.number().int().positive(),
  cause: z.enum(VERSION_CAUSES),
  createdAt: z.string().max(40),
  report: ZStoredReport,
});

export const ZBackupEntry = z.object({
  id: z.string().min(1).max(40),
  version: z.number().int().positive(),
  createdAt: z.string().max(40),
  updatedAt: z.string().max(40),
  downloadedAt: z.string().max(40).nullable(),
  report: ZStoredReport,
  source: z.object({ name: z.string().max(300), text: z.string() }).nullable(),
  versions: z.array(ZKeptVersion),
});
export type TBackupEntry = z.infer<typeof ZBackupEntry>;

/** A stored report (or, with versionId, one of its kept versions) that could not be read at export: its
 * JSON as stored, so the file still holds everything. 导入数据 does not bring it back. */
const ZUnreadableEntry = z.object({
  id: z.string().max(40),
  versionId: z.string().max(40).optional(),
  updatedAt: z.string().max(40),
  error: z.string(),
  data: z.string(),
});
export type TUnreadableEntry = z.infer<typeof ZUnreadableEntry>;

/** 导出全部数据: every report with its history and source, as one JSON file that 导入数据 reads back. */
export const ZBackup = z.object({
  format: z.literal(BACKUP_FORMAT, { error: '这不是年报导出的数据文件' }),
  formatVersion: z.literal(1, { error: '这个数据文件来自不兼容的年报版本' }),
  exportedAt: z.string().max(40),
  reports: z.array(ZBackupEntry),
  unreadable: z.array(ZUnreadableEntry).optional(),
});
export type TBackup = z.infer<typeof ZBackup>;

export type TRestoreResult = { created: number; replaced: number; existing: string[] };
