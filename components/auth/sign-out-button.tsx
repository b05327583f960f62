'use client';

import { callApi } from '@/lib/http/api-client';

export function SignOutButton() {
  return (
    <button
      type="button"
      className="text-accent underline"
      onClick={async () => {
        await callApi('/api/auth/sign-out', { method: 'POST', body: '{}' });
        window.location.assign('/sign-in');
      }}
    >
      退出
    </button>
  );
}
