/** Opens the database (creating the file and its schema) when the server starts, not at the first click,
 * and says at once when the worker bundle is missing (the server was started without `npm run build`):
 * imports, checks and downloads would otherwise fail one by one. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { existsSync } = await import('node:fs');
  const { WORKER_SCRIPT } = await import('./lib/workers/bounded');
  if (!existsSync(WORKER_SCRIPT)) console.error(`缺少工作线程文件 ${WORKER_SCRIPT}：请在项目目录中运行 npm run build（导入、检查和下载都需要它）。`);
  const { getDatabase } = await import('./lib/db/get-database');
  await getDatabase();
}
