/** Opens the database (creating the file and its schema) when the server starts, not at the first click. */
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { getRepository } = await import('./lib/db/get-repository');
  await getRepository();
}
