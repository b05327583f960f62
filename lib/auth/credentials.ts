import { z } from 'zod';

export const LOGIN_LIMITS = { min: 2, max: 40 };
export const PASSWORD_LIMITS = { min: 8, max: 128 };

/** A login name: letters, digits, dot and underscore (what better-auth's username plugin accepts), kept
 * as typed for display and compared without case. */
export const ZLogin = z
  .string()
  .trim()
  .min(LOGIN_LIMITS.min, { error: `登录名至少 ${LOGIN_LIMITS.min} 个字符` })
  .max(LOGIN_LIMITS.max, { error: `登录名最多 ${LOGIN_LIMITS.max} 个字符` })
  .regex(/^[A-Za-z0-9_.]+$/, { error: '登录名只能用英文字母、数字、点和下划线' });

export const ZPassword = z
  .string()
  .min(PASSWORD_LIMITS.min, { error: `密码至少 ${PASSWORD_LIMITS.min} 位` })
  .max(PASSWORD_LIMITS.max, { error: `密码最多 ${PASSWORD_LIMITS.max} 位` });

export const ZPersonName = z
  .string()
  .trim()
  .min(1, { error: '请填写姓名' })
  .max(40, { error: '姓名最多 40 个字' })
  .regex(/^[^\p{Cc}]*$/u, { error: '姓名不能含控制字符' });
