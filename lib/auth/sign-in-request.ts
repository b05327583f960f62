import { z } from 'zod';

/** What the sign-in form sends; bounded before better-auth sees it. */
export const ZSignIn = z.object({
  username: z.string().trim().min(1, { error: '请填写登录名' }).max(100, { error: '登录名太长' }),
  password: z.string().min(1, { error: '请填写密码' }).max(200, { error: '密码太长' }),
});

export const SIGN_IN_MESSAGES = {
  wrong: '登录名或密码不正确。',
  tooMany: (seconds: number) => `尝试次数过多，请 ${seconds} 秒后再试。`,
  failed: '暂时无法登录，请稍后再试。',
};
