import { readFile, writeFile } from 'node:fs/promises';
import { ZBackup } from '../lib/backup/schema';
import { SYSTEM } from '../lib/auth/actor';
import { getRepository } from '../lib/db/get-repository';
import { fieldErrorsOf } from '../lib/http/field-errors';
import { CliError } from './cli-error';

/** backup FILE: every report with its history, as the JSON 导入数据 reads. */
export async function runBackup(file: string | undefined): Promise<void> {
  if (!file) throw new CliError('请指定备份文件：backup FILE');
  const repo = await getRepository(SYSTEM);
  try {
    const backup = await repo.exportAll();
    await writeFile(file, JSON.stringify(backup));
    process.stdout.write(`已备份 ${backup.reports.length} 份报告到 ${file}\n`);
    const unreadable = backup.unreadable ?? [];
    if (unreadable.length > 0) {
      process.stdout.write(`另有 ${unreadable.length} 份报告或历史版本无法读取，原样写在备份文件的 unreadable 中（导入数据时不会导入）：${unreadable.map((u) => u.id).join('，')}\n`);
    }
  } finally {
    await repo.close();
  }
}

/** restore FILE [--replace]: adds a backup's reports; existing ones are replaced only with --replace. */
export async function runRestore(file: string | undefined, replace: boolean): Promise<void> {
  if (!file) throw new CliError('请指定备份文件：restore FILE [--replace]');
  let json: unknown;
  try {
    json = JSON.parse(await readFile(file, 'utf8'));
  } catch {
    throw new CliError(`无法读取备份文件，或它不是 JSON：${file}`);
  }
  const parsed = ZBackup.safeParse(json);
  if (!parsed.success) throw new CliError(`这不是年报导出的数据文件，未导入任何内容：${fieldErrorsOf(parsed.error)[0]?.message ?? ''}`);
  const repo = await getRepository(SYSTEM);
  try {
    const result = await repo.restoreAll(parsed.data, replace);
    if (result.existing.length > 0) {
      throw new CliError(`有 ${result.existing.length} 份报告已经存在，未导入任何内容。确认要用备份覆盖它们时，请加 --replace。`);
    }
    const skipped = parsed.data.unreadable?.length ? `备份文件中另有 ${parsed.data.unreadable.length} 份无法读取的数据，未导入。` : '';
    process.stdout.write(`已导入 ${result.created} 份报告${result.replaced ? `，覆盖 ${result.replaced} 份` : ''}。${skipped}\n`);
  } finally {
    await repo.close();
  }
}
