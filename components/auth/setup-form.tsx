'use client';

import { zodResolver } from '@hookform/resolvers/zod';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { setUpOf, ZSetUpForm, type TSetUpForm } from '@/lib/accounts/schema';
import { callApi } from '@/lib/http/api-client';
import { BUTTON } from '@/components/ui/button-classes';
import { ErrorSummary } from '@/components/ui/error-summary';
import { TextField } from '@/components/ui/text-field';
import { formErrorsOf } from '@/components/report/form-errors';
import { UnitKindRadios } from '@/components/report/unit-kind-radios';

const FIELD_IDS = { name: 'name', login: 'login', password: 'password', confirm: 'confirm', unitName: 'unitName', unitKind: 'unitKind-镇', superior: 'superior' };

/** 初始设置: the administrator and the first unit in one form; then signed in and taken to 我的报告. */
export function SetUpForm() {
  const [serverError, setServerError] = useState('');
  const form = useForm({
    resolver: zodResolver(ZSetUpForm),
    defaultValues: { name: '', login: '', password: '', confirm: '', unitName: '', unitKind: '镇', superior: '' } satisfies TSetUpForm,
    shouldFocusError: false,
  });
  const { register, handleSubmit, formState } = form;
  const errors = formErrorsOf(formState.errors, FIELD_IDS);
  const messageOf = (key: keyof typeof FIELD_IDS) => formState.errors[key]?.message;
  const onSubmit = handleSubmit(async (values) => {
    setServerError('');
    const setUp = await callApi('/api/setup', { method: 'POST', body: JSON.stringify(setUpOf(values)) });
    if (!setUp.ok) return setServerError(setUp.message);
    const signIn = await callApi('/api/auth/sign-in/username', { method: 'POST', body: JSON.stringify({ username: values.login, password: values.password }) });
    window.location.assign(signIn.ok ? '/' : '/sign-in');
  });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-2xl rounded bg-white p-6 shadow-sm">
      <ErrorSummary errors={serverError ? [...errors, { fieldId: 'name', message: serverError }] : errors} />
      <fieldset className="mb-6">
        <legend className="mb-3 text-xl font-bold">管理员</legend>
        <TextField id="name" label="姓名" autoComplete="name" error={messageOf('name')} registration={register('name')} />
        <TextField id="login" label="登录名" hint="英文字母、数字、点或下划线，如 zhangsan" autoComplete="username" error={messageOf('login')} registration={register('login')} />
        <TextField id="password" label="密码" hint="至少 8 位" type="password" autoComplete="new-password" error={messageOf('password')} registration={register('password')} />
        <TextField id="confirm" label="再次输入密码" type="password" autoComplete="new-password" error={messageOf('confirm')} registration={register('confirm')} />
      </fieldset>
      <fieldset className="mb-6">
        <legend className="mb-3 text-xl font-bold">第一个单位</legend>
        <TextField id="unitName" label="单位全称" hint="如 重庆市巴南区东温泉镇人民政府" autoComplete="organization" error={messageOf('unitName')} registration={register('unitName')} />
        <UnitKindRadios registration={register('unitKind')} />
        <TextField id="superior" label="上级（县、区）" hint="报告报送的县（区），如 巴南区" error={messageOf('superior')} registration={register('superior')} />
      </fieldset>
      <button type="submit" className={BUTTON.primary} disabled={formState.isSubmitting}>
        完成设置
      </button>
    </form>
  );
}
