import 'server-only';
import { z } from 'zod';

const ZEnv = z.object({
  /** The SQLite file; created with its folder on first start. */
  NIANBAO_DB: z.string().min(1).default('./data/nianbao.db'),
});

/** The server's settings, validated once so a bad value fails at start with its name, not later. */
export const env = ZEnv.parse(process.env);
