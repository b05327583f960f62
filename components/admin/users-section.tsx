import type { TUnit, TUserSummary } from '@/lib/accounts/schema';
import { ROLE_LABELS } from '@/lib/auth/actor';
import { PASSWORD_LIMITS } from '@/lib/auth/credentials';
import { ApiForm } from '@/components/ui/api-form';
import { CsvUpload } from '@/components/ui/csv-upload';

type TProps = { users: TUserSummary[]; units: TUnit[] };

const rolesOf = (u: TUserSummary) => [...(u.clerkOf.length > 0 ? [ROLE_LABELS.clerk] : []), ...u.roles.map((r) => ROLE_LABELS[r as keyof typeof ROLE_LABELS] ?? r)].join('、') || '（无）';

/** 账号: every account with its roles and units, a password reset for each, and adding one or many. */
export function UsersSection({ users, units }: TProps) {
  const unitName = (id: string) => units.find((u) => u.id === id)?.name ?? id;
  return (
    <section aria-labelledby="users-heading" className="mb-8">
      <h2 id="users-heading" className="mb-2 text-2xl font-bold">
        账号（{users.length}）
      </h2>
      <ul className="mb-4 list-none divide-y divide-gray-200 rounded bg-white p-0 shadow-sm" data-testid="users">
        {users.map((u) => (
          <li key={u.id} className="px-4 py-3" data-testid="user">
            <p>
              <strong>{u.name}</strong>（登录名 {u.login}）· {rolesOf(u)}
              {u.clerkOf.length > 0 ? ` · ${u.clerkOf.map(unitName).join('、')}` : ''}
            </p>
            <details className="mt-1">
              <summary className="cursor-pointer text-accent underline">重设{u.name}的密码</summary>
              <ApiForm
                id={`password-${u.id}`}
                legend={`为 ${u.login} 设置新密码`}
                schema="password"
                url={`/api/users/${encodeURIComponent(u.login)}/password`}
                method="PUT"
                submit="设置新密码"
                done="已设置。此人已登录的地方都已退出，请把新密码告诉本人。"
                fields={[{ name: 'password', label: '新密码', hint: `至少 ${PASSWORD_LIMITS.min} 位。`, kind: 'password' }]}
              />
            </details>
          </li>
        ))}
      </ul>
      <div className="grid gap-4 lg:grid-cols-2">
        <ApiForm
          id="user"
          legend="添加账号"
          schema="user"
          url="/api/users"
          submit="添加账号"
          done="已添加。请把登录名和初始密码告诉本人。"
          fields={[
            { name: 'name', label: '姓名', kind: 'text' },
            { name: 'login', label: '登录名', hint: '字母、数字、点或下划线，例如 zhang.san', kind: 'text' },
            { name: 'password', label: '初始密码', hint: `至少 ${PASSWORD_LIMITS.min} 位。`, kind: 'password' },
            { name: 'clerkOf', label: '填报人，所在单位', hint: '可以选多个；审核人和管理员可以不选。', kind: 'checkboxes', options: units.map((u) => ({ value: u.id, label: u.name })) },
            { name: 'roles', label: '县里的角色', kind: 'checkboxes', options: [{ value: 'reviewer', label: ROLE_LABELS.reviewer }, { value: 'admin', label: ROLE_LABELS.admin }] },
          ]}
        />
        <CsvUpload
          id="users-csv"
          label="从表格添加账号"
          hint="另存为 CSV 的表格（UTF-8 或 GBK 均可），第一行是列名：登录名,姓名,密码,单位,角色。单位写单位全称，多个用“、”分隔；角色写审核人、管理员或留空。有一行出错就什么也不添加。"
          url="/api/users/import"
          done="已添加 {n} 个账号。"
        />
      </div>
    </section>
  );
}
