import { headers } from 'next/headers';
import Link from 'next/link';
import { readsAll, ROLE_LABELS } from '@/lib/auth/actor';
import { currentActor } from '@/lib/auth/current-actor';
import { SignOutButton } from './sign-out-button';

/** Who is signed in, in which roles, and the way out. Nothing when nobody is (sign-in, 初始设置). */
export async function UserBar() {
  const actor = await currentActor(await headers()).catch(() => null);
  if (!actor) return null;
  const roles = [actor.clerkOf.length > 0 ? ROLE_LABELS.clerk : '', actor.reviewer ? ROLE_LABELS.reviewer : '', actor.admin ? ROLE_LABELS.admin : ''].filter(Boolean);
  return (
    <p className="ml-auto flex items-baseline gap-3 text-sm" data-testid="user-bar">
      {readsAll(actor) ? (
        <Link href="/county" className="text-accent underline">
          汇总
        </Link>
      ) : null}
      {actor.admin ? (
        <Link href="/admin" className="text-accent underline">
          管理
        </Link>
      ) : null}
      <span>
        {actor.name}
        {roles.length > 0 ? <span className="text-gray-600">（{roles.join('、')}）</span> : null}
      </span>
      <SignOutButton />
    </p>
  );
}
