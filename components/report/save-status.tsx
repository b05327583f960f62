'use client';

import { lazy, Suspense, useState } from 'react';
import { BUTTON } from '@/components/ui/button-classes';
import type { TSaveState } from './use-autosave';
import type { TListedConflict } from './use-report-editor';

const TEXT = {
  saved: '已保存',
  saving: '正在保存…',
  retrying: '保存失败，正在重试',
  offline: '离线，已暂存',
  conflict: '有冲突',
  'signed-out': '登录已过期，已暂存在本机',
  failed: '未保存',
} as const;

// Loaded when a session has expired, which few page views see (lazy-conflict-panel.tsx says why not next/dynamic).
const SignInDialog = lazy(() => import('@/components/auth/sign-in-dialog').then((m) => ({ default: m.SignInDialog })));

type TProps = { state: TSaveState; listed: TListedConflict | null; onSignedIn: () => void };

/** The autosave state, always visible and announced politely to screen readers: 已保存 only while the
 * server holds the text on screen; a conflict says where, with a link to the choice; an expired session
 * offers to sign in again without leaving the page. */
export function SaveStatus({ state, listed, onSignedIn }: TProps) {
  const [signingIn, setSigningIn] = useState(false);
  const bad = state.kind === 'retrying' || state.kind === 'failed' || state.kind === 'conflict' || state.kind === 'signed-out';
  const conflict = state.kind === 'conflict' ? listed : null;
  return (
    <div className="flex flex-wrap items-center gap-2">
      <p role="status" aria-live="polite" data-testid="save-status" data-state={state.kind} className={`text-sm ${bad ? 'font-bold text-red-700' : 'text-gray-700'}`}>
        {TEXT[state.kind]}
        {conflict ? (
          <>
            ：{conflict.place}
            {conflict.count > 1 ? ` 等 ${conflict.count} 处` : ''}{' '}
            <a href="#conflict" className="underline">
              去选择
            </a>
          </>
        ) : bad && state.kind !== 'signed-out' ? (
          `：${state.message}`
        ) : (
          ''
        )}
      </p>
      {state.kind === 'signed-out' ? (
        <button type="button" className={BUTTON.secondary} onClick={() => setSigningIn(true)}>
          重新登录
        </button>
      ) : null}
      {signingIn ? (
        <Suspense fallback={<p role="status">正在打开登录…</p>}>
          <SignInDialog
            onClose={() => setSigningIn(false)}
            onSignedIn={() => {
              setSigningIn(false);
              onSignedIn();
            }}
          />
        </Suspense>
      ) : null}
    </div>
  );
}
