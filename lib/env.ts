import 'server-only';
import { z } from 'zod';

const ZEnv = z.object({
  /** The SQLite file; created with its folder on first start. */
  NIANBAO_DB: z.string().min(1).default('./data/nianbao.db'),
  /** A PostgreSQL server to use instead of the SQLite file (a county running one server for all). */
  DATABASE_URL: z
    .string()
    .regex(/^postgres(?:ql)?:\/\//, { error: 'DATABASE_URL 必须是 postgres:// 开头的 PostgreSQL 连接串' })
    .optional(),
  /** The PostgreSQL schema for Nianbao's tables, when the server's database is shared with other uses. */
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, { error: 'DATABASE_SCHEMA 只能由小写字母、数字和下划线组成' })
    .optional(),
  /** The address clerks open, e.g. https://nianbao.example.gov.cn, when the server sits behind a reverse
   * proxy: sign-in cookies are then marked Secure. Unset: the address each request came to. */
  NIANBAO_URL: z.url({ protocol: /^https?$/, error: 'NIANBAO_URL 必须是 http:// 或 https:// 开头的网址' }).optional(),
  /** Sign-ins a minute from one address (lib/auth/auth.ts): more where many clerks share one address. */
  NIANBAO_SIGN_IN_PER_MINUTE: z.coerce.number({ error: 'NIANBAO_SIGN_IN_PER_MINUTE 必须是 1 到 10000 之间的整数' }).int().min(1).max(10_000).optional(),
});

/** The server's settings, validated once so a bad value fails at start with its name, not later. */
export const env = ZEnv.parse(process.env);
