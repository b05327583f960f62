import { describe, expect, it } from 'vitest';
import { createAccountsRepository } from '@/lib/accounts/accounts-repository';
import { unitsFromCsv, usersFromCsv } from '@/lib/accounts/accounts-csv';
import { SYSTEM } from '@/lib/auth/actor';
import { createAuth } from '@/lib/auth/auth';
import { loadActor } from '@/lib/auth/load-actor';
import { createReportRepository } from '@/lib/db/report-repository';
import { BACKENDS } from '../../support/backends';
import { loadSample } from '../../support/sample';

const UNIT = { name: '重庆市巴南区东温泉镇人民政府', kind: '镇' as const, superior: '巴南区' };
const ADMIN = { name: '张三', login: 'ZhangSan', password: 'first-password' };

async function opened(backend: (typeof BACKENDS)[number]) {
  const db = await backend.fresh().open();
  const auth = createAuth(db, 'a-test-secret-of-thirty-two-chars!!', 'http://127.0.0.1');
  return { db, auth, system: createAccountsRepository(db, auth, SYSTEM) };
}

describe.each(BACKENDS)('units and accounts, on $name', (backend) => {
  it.skipIf(!backend.available)('初始设置 makes the administrator the first unit’s clerk, moves the reports from before accounts into it, and happens once', async () => {
    const { db, auth, system } = await opened(backend);
    try {
      const before = await createReportRepository(db, SYSTEM).create(loadSample());
      expect(await system.isSetUp()).toBe(false);
      const { userId, unitId } = await system.setUp({ admin: ADMIN, unit: UNIT });
      expect(await system.isSetUp()).toBe(true);
      const actor = await loadActor(db, { id: userId, name: ADMIN.name, username: 'zhangsan' });
      expect(actor).toMatchObject({ admin: true, reviewer: false, clerkOf: [unitId] });
      // The report written before there were accounts is now the unit's, with its history.
      const stored = await createReportRepository(db, actor).get(before.id);
      expect(stored).toMatchObject({ unitId, editable: true });
      await expect(system.setUp({ admin: { ...ADMIN, login: 'lisi' }, unit: { ...UNIT, name: '另一个单位' } })).rejects.toThrow('已经完成初始设置');
      // The password signs in, case-insensitively by login name.
      const signedIn = await auth.api.signInUsername({ body: { username: 'zhangsan', password: ADMIN.password } });
      expect(signedIn?.user.id).toBe(userId);
    } finally {
      await db.destroy();
    }
  });

  it.skipIf(!backend.available)('adds units and accounts all or nothing, and refuses names already taken', async () => {
    const { db, system } = await opened(backend);
    try {
      await system.addUnits([UNIT]);
      await expect(system.addUnits([{ ...UNIT, name: '新单位' }, UNIT])).rejects.toThrow('已经存在');
      expect((await system.listUnits()).map((u) => u.name)).toEqual([UNIT.name]);
      const [unit] = await system.listUnits();
      await system.addUsers([{ name: '李四', login: 'lisi', password: 'password-1', clerkOf: [unit!.id] }]);
      await expect(system.addUsers([{ name: '王五', login: 'wangwu', password: 'password-2' }, { name: '又一个李四', login: 'LiSi', password: 'password-3' }])).rejects.toThrow('已经有人使用');
      await expect(system.addUsers([{ name: '王五', login: 'wangwu', password: 'password-2', clerkOf: ['no-such-unit'] }])).rejects.toThrow('所选单位不存在');
      expect((await system.listUsers()).map((u) => u.login)).toEqual(['lisi']);
    } finally {
      await db.destroy();
    }
  });

  it.skipIf(!backend.available)('lets only administrators manage units and accounts, and a reset password ends every session', async () => {
    const { db, auth, system } = await opened(backend);
    try {
      const [unit] = await system.addUnits([UNIT]);
      const [clerk] = await system.addUsers([{ name: '李四', login: 'lisi', password: 'password-1', clerkOf: [unit!.id] }]);
      const actor = await loadActor(db, { id: clerk!.id, name: '李四' });
      const asClerk = createAccountsRepository(db, auth, actor);
      await expect(asClerk.addUnits([{ ...UNIT, name: '另一个' }])).rejects.toThrow('只有管理员');
      await expect(asClerk.listUsers()).rejects.toThrow('只有管理员');
      expect((await asClerk.listUnits()).map((u) => u.id)).toEqual([unit!.id]);
      const session = await auth.api.signInUsername({ body: { username: 'lisi', password: 'password-1' }, returnHeaders: true });
      const cookie = session.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
      expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).not.toBeNull();
      await system.setPassword('LiSi', 'password-new');
      expect(await auth.api.getSession({ headers: new Headers({ cookie }) })).toBeNull();
      await expect(auth.api.signInUsername({ body: { username: 'lisi', password: 'password-1' } })).rejects.toThrow();
      expect((await auth.api.signInUsername({ body: { username: 'lisi', password: 'password-new' } }))?.user.id).toBe(clerk!.id);
    } finally {
      await db.destroy();
    }
  });
});

describe('setting up a county from a spreadsheet (CSV)', () => {
  it('reads units and accounts, and names the first bad row without creating anything', () => {
    expect(unitsFromCsv('\uFEFF单位全称,类型,上级\n重庆市巴南区东温泉镇人民政府,镇,巴南区\n巴南区司法局,县级部门,巴南区\n')).toEqual([UNIT, { name: '巴南区司法局', kind: '县级部门', superior: '巴南区' }]);
    expect(() => unitsFromCsv('单位全称,类型,上级\n重庆市巴南区东温泉镇人民政府,镇,巴南区\n某单位,村,巴南区\n')).toThrow(/第 3 行有误.*单位类型/);
    expect(() => unitsFromCsv('单位全称,类型,上级\n"未闭合的引号,镇,巴南区\n')).toThrow('CSV 文件格式有误');
    expect(usersFromCsv('登录名,姓名,密码,单位,角色\nlisi,李四,password-1,东温泉镇、龙洲湾街道,审核人\n')).toEqual([
      { login: 'lisi', name: '李四', password: 'password-1', unitNames: ['东温泉镇', '龙洲湾街道'], roles: ['reviewer'] },
    ]);
    expect(() => usersFromCsv('登录名,姓名,密码,单位,角色\nlisi,李四,short,,\n')).toThrow(/第 2 行有误.*密码至少/);
  });
});
