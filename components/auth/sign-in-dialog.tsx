'use client';

import { useEffect, useRef } from 'react';
import { createPortal } from 'react-dom';
import { BUTTON } from '@/components/ui/button-classes';
import { SignInForm } from './sign-in-form';

type TProps = { onSignedIn: () => void; onClose: () => void };

/**
 * 重新登录 over an editing page whose session expired: a modal dialog, so the text on screen and its
 * unsent saves stay where they are. It is portalled to the body because the editor is itself a form.
 */
export function SignInDialog({ onSignedIn, onClose }: TProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const shown = dialog.current;
    shown?.showModal();
    return () => shown?.close();
  }, []);
  return createPortal(
    <dialog ref={dialog} aria-labelledby="sign-in-again-title" onClose={onClose} className="max-w-lg rounded p-0 backdrop:bg-black/40">
      <div className="p-6">
        <h2 id="sign-in-again-title" className="mb-2 text-xl font-bold">
          重新登录
        </h2>
        <p className="mb-4 text-gray-700">登录已过期。您写的文字都暂存在这台电脑的浏览器里，重新登录后会自动保存，不会丢失。</p>
        <SignInForm onSignedIn={onSignedIn} />
        <button type="button" className={`${BUTTON.secondary} mt-4`} onClick={() => dialog.current?.close()}>
          稍后再登录
        </button>
      </div>
    </dialog>,
    document.body,
  );
}
