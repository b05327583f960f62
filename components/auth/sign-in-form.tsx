'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { ZSignIn } from '@/lib/auth/sign-in-request';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { formErrorsOf } from '@/components/report/form-errors';

type TSignIn = z.infer<typeof ZSignIn>;

type TProps =
  /** The sign-in page: on success the whole page is loaded afresh at `next`, so every server part sees the new session. */
  | { next: string; onSignedIn?: never }
  /** Signing in again over a page that keeps its state (an editor whose session expired). */
  | { next?: never; onSignedIn: () => void };

/** 登录 by login name and password. */
export function SignInForm({ next, onSignedIn }: TProps) {
  const [serverError, setServerError] = useState('');
  const form = useForm<TSignIn>({ resolver: zodResolver(ZSignIn), defaultValues: { username: '', password: '' }, shouldFocusError: false });
  const { register, handleSubmit, formState } = form;
  const errors = formErrorsOf(formState.errors, { username: 'username', password: 'password' });
  const onSubmit = handleSubmit(async (input) => {
    setServerError('');
    const result = await callApi('/api/auth/sign-in/username', { method: 'POST', body: JSON.stringify(input) });
    if (!result.ok) setServerError(result.message);
    else if (onSignedIn) onSignedIn();
    else window.location.assign(next);
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-md rounded bg-white p-6 shadow-sm">
      <ErrorSummary errors={serverError ? [...errors, { fieldId: 'username', message: serverError }] : errors} />
      <TextField id="username" label="登录名" autoComplete="username" error={formState.errors.username?.message} registration={register('username')} />
      <TextField id="password" label="密码" type="password" autoComplete="current-password" error={formState.errors.password?.message} registration={register('password')} />
      <button type="submit" className={BUTTON.primary} disabled={formState.isSubmitting}>
        登录
      </button>
    </form>
  );
}
