import { SYSTEM } from '../lib/auth/actor';
import { getRepository } from '../lib/db/get-repository';
import { CliError } from './cli-error';

/** export ID: a stored report as the JSON that `render` and 导入数据 read. */
export async function runExport(id: string | undefined): Promise<void> {
  if (!id) throw new CliError('请指定报告编号：export ID（编号见报告页面地址 /reports/ID）');
  const repo = await getRepository(SYSTEM);
  try {
    const stored = await repo.get(id);
    if (!stored) throw new CliError(`找不到编号为 ${id} 的报告`);
    process.stdout.write(`${JSON.stringify(stored.report, null, 2)}\n`);
  } finally {
    await repo.close();
  }
}
