import { describe, expect, it } from 'vitest';
import { createAccountsRepository } from '@/lib/accounts/accounts-repository';
import { SYSTEM, type TActor } from '@/lib/auth/actor';
import { createAuth } from '@/lib/auth/auth';
import { loadActor } from '@/lib/auth/load-actor';
import { createReportRepository } from '@/lib/db/report-repository';
import { createReviewRepository } from '@/lib/review/review-repository';
import { BACKENDS } from '../../support/backends';
import { loadSample } from '../../support/sample';

const NOW = new Date('2026-03-05T02:00:00Z');

/** A county of two units (A with a report of 2025, B with none), a clerk of A and a reviewer. */
async function county(backend: (typeof BACKENDS)[number]) {
  const db = await backend.fresh().open();
  const accounts = createAccountsRepository(db, createAuth(db, 'a-test-secret-of-thirty-two-chars!!', 'http://127.0.0.1'), SYSTEM);
  const [unitA, unitB] = await accounts.addUnits([
    { name: '重庆市巴南区东温泉镇人民政府', kind: '镇', superior: '巴南区' },
    { name: '重庆市巴南区龙洲湾街道办事处', kind: '街道', superior: '巴南区' },
  ]);
  const [clerk, reviewer] = await accounts.addUsers([
    { name: '李四', login: 'lisi', password: 'password-1', clerkOf: [unitA!.id] },
    { name: '王审核', login: 'wang', password: 'password-2', roles: ['reviewer'] },
  ]);
  const asClerk = await loadActor(db, { id: clerk!.id, name: '李四' });
  const asReviewer = await loadActor(db, { id: reviewer!.id, name: '王审核' });
  const report = await createReportRepository(db, asClerk).create({ ...loadSample(), year: 2025 });
  const review = (actor: TActor) => createReviewRepository(db, actor, () => NOW);
  return { db, unitA: unitA!, unitB: unitB!, asClerk, asReviewer, report, review, reports: (actor: TActor) => createReportRepository(db, actor, () => NOW) };
}

describe.each(BACKENDS)('报送 and review, on $name', (backend) => {
  it.skipIf(!backend.available)('submits without 错误 only, locks the text until returned, and lets only reviewers return and accept', async () => {
    const { db, asClerk, asReviewer, report, review, reports } = await county(backend);
    try {
      expect(await review(asClerk).act(report.id, { action: 'submit', version: 1 }, ['缺少成文日期'])).toMatchObject({ ok: false, status: 422, message: expect.stringContaining('缺少成文日期') });
      expect(await review(asClerk).act(report.id, { action: 'submit', version: 2 }, [])).toMatchObject({ ok: false, status: 409 });
      expect(await review(asClerk).act(report.id, { action: 'submit', version: 1 }, [])).toEqual({ ok: true, status: 'submitted', version: 1 });
      // Submitted: the unit reads it, but may not change it.
      expect(await reports(asClerk).get(report.id)).toMatchObject({ status: 'submitted', editable: false, ownUnit: true });
      await expect(reports(asClerk).save(report.id, { ...report.report, title: '改一下' }, 1)).rejects.toThrow('已经报送');
      await expect(review(asClerk).act(report.id, { action: 'accept', version: 1 }, [])).rejects.toThrow('只有审核人');
      expect(await review(asReviewer).act(report.id, { action: 'return', version: 1, reason: '第三部分缺少主要负责人履职情况。' }, [])).toMatchObject({ ok: true, status: 'returned' });
      // Returned: the unit writes again and submits again; the reviewer accepts and records publication.
      const saved = await reports(asClerk).save(report.id, { ...report.report, title: '改过的标题' }, 1);
      expect(saved.ok).toBe(true);
      expect(await review(asClerk).act(report.id, { action: 'submit', version: 2 }, [])).toMatchObject({ ok: true });
      expect(await review(asReviewer).act(report.id, { action: 'publish', version: 2, url: 'https://www.cqbn.gov.cn/a.html', date: '2026-03-20' }, [])).toMatchObject({ ok: false, status: 409 });
      expect(await review(asReviewer).act(report.id, { action: 'accept', version: 2 }, [])).toMatchObject({ ok: true, status: 'accepted' });
      expect(await review(asReviewer).act(report.id, { action: 'publish', version: 2, url: 'https://www.cqbn.gov.cn/a.html', date: '2026-03-20' }, [])).toMatchObject({ ok: true, status: 'published' });
      const timeline = await review(asClerk).timeline(report.id);
      expect(timeline?.map((e) => `${e.label} ${e.who}`)).toEqual(['报送 李四', '退回修改 王审核', '报送 李四', '通过 王审核', '已公开 王审核']);
      expect(timeline?.[1]?.detail).toContain('第三部分');
      // 报送 and 退回 keep the text, so the reviewer can compare what changed since the return.
      expect((await reports(asReviewer).history(report.id))?.map((v) => v.cause)).toEqual(['报送', '退回', '报送']);
    } finally {
      await db.destroy();
    }
  });

  it.skipIf(!backend.available)('records the 保密审查 of a version (who, when) and lets the unit record publication once accepted; another unit does neither', async () => {
    const { db, unitB, asClerk, asReviewer, report, review } = await county(backend);
    try {
      const clerkB = { ...(await loadActor(db, { id: 'nobody', name: '别人' })), clerkOf: [unitB.id] };
      expect(await review(asClerk).secrecyConfirmation(report.id, 1)).toBeNull();
      expect(await review(asClerk).confirmSecrecy(report.id, 2)).toMatchObject({ ok: false, status: 409 });
      expect(await review(clerkB).confirmSecrecy(report.id, 1)).toMatchObject({ ok: false, status: 404 });
      expect(await review(asClerk).confirmSecrecy(report.id, 1)).toMatchObject({ ok: true, version: 1 });
      expect(await review(asClerk).secrecyConfirmation(report.id, 1)).toEqual({ at: NOW.toISOString(), who: '李四' });
      // A confirmation is of the version read: the next version has none.
      expect(await review(asClerk).secrecyConfirmation(report.id, 2)).toBeNull();
      expect(await review(clerkB).secrecyConfirmation(report.id, 1)).toBeNull();

      await review(asClerk).act(report.id, { action: 'submit', version: 1 }, []);
      await review(asReviewer).act(report.id, { action: 'accept', version: 1 }, []);
      const publish = { action: 'publish', version: 1, url: 'https://www.cqbn.gov.cn/a.html', date: '2026-04-03' } as const;
      expect(await review(clerkB).act(report.id, publish, [])).toMatchObject({ ok: false, status: 404 });
      expect(await review(asClerk).act(report.id, publish, [])).toMatchObject({ ok: true, status: 'published' });
      const row = (await review(asReviewer).dashboard(2025)).rows.find((r) => r.reportId === report.id);
      expect(row).toMatchObject({ status: 'published', publishedUrl: 'https://www.cqbn.gov.cn/a.html', publishedOn: '2026-04-03', publication: { kind: 'late', days: 2 } });
      expect((await review(asClerk).timeline(report.id))?.map((e) => `${e.label} ${e.who}`)).toEqual(['确认保密审查 李四', '报送 李四', '通过 王审核', '已公开 李四']);
    } finally {
      await db.destroy();
    }
  });

  it.skipIf(!backend.available)('gives reviewers, and only them, each unit\'s 主要数据 of the report the dashboard shows', async () => {
    const { db, unitA, unitB, asClerk, asReviewer, report, review, reports } = await county(backend);
    try {
      await reports(asClerk).save(report.id, { ...report.report, figures: { 'reconsideration-cases': { value: 5, lastYear: 2, confirmed: true } } }, 1);
      await expect(review(asClerk).figureTables(2025)).rejects.toThrow('只有审核人');
      const tables = await review(asReviewer).figureTables(2025);
      expect(tables.find((t) => t.unitId === unitA.id)).toMatchObject({ reportId: report.id, status: 'draft', figures: { 'reconsideration-cases': { value: 5, lastYear: 2, confirmed: true } } });
      expect(tables.find((t) => t.unitId === unitB.id)).toMatchObject({ reportId: null, status: 'missing', figures: null });
    } finally {
      await db.destroy();
    }
  });

  it.skipIf(!backend.available)('keeps comments per report: reviewers write them, the unit resolves them, other units never see them', async () => {
    const { db, unitB, asClerk, asReviewer, report, review } = await county(backend);
    try {
      const comment = await review(asReviewer).addComment(report.id, { partKey: 'measures', excerpt: '开展普法宣传', body: '请写明场次和人数。' });
      await expect(review(asClerk).addComment(report.id, { body: '自己批注' })).rejects.toThrow('只有审核人');
      const clerkB = await loadActor(db, { id: 'nobody', name: '别人' });
      expect(await review({ ...clerkB, clerkOf: [unitB.id] }).comments(report.id)).toBeNull();
      expect(await review(asClerk).comments(report.id)).toMatchObject([{ body: '请写明场次和人数。', author: '王审核', partKey: 'measures', resolvedAt: null }]);
      await expect(review(asReviewer).resolveComment(report.id, comment!.id)).rejects.toThrow('填报人');
      expect(await review(asClerk).resolveComment(report.id, comment!.id)).toBe(true);
      expect(await review(asClerk).resolveComment(report.id, comment!.id)).toBe(false);
      expect((await review(asClerk).comments(report.id))?.[0]).toMatchObject({ resolvedBy: '李四' });
    } finally {
      await db.destroy();
    }
  });

  it.skipIf(!backend.available)('shows every unit in the dashboard, who has not reported, lateness against the year’s deadline, and counts', async () => {
    const { db, unitA, unitB, asClerk, asReviewer, report, review } = await county(backend);
    try {
      await expect(review(asClerk).dashboard(2025)).rejects.toThrow('只有审核人');
      await review(SYSTEM).setDeadlines(2025, { reportBy: '2026-03-01', publishBy: '2026-04-01' });
      await review(asClerk).act(report.id, { action: 'submit', version: 1 }, []);
      await review(asReviewer).recordCounts(report.id, 1, 0, 3);
      await review(asReviewer).addComment(report.id, { body: '请核实数据。' });
      const dashboard = await review(asReviewer).dashboard(2025);
      expect(dashboard.deadlines).toEqual({ reportBy: '2026-03-01', publishBy: '2026-04-01' });
      const row = (unitId: string) => dashboard.rows.find((r) => r.unitId === unitId);
      // Submitted on 3月5日 (Beijing), four days after the deadline.
      expect(row(unitA.id)).toMatchObject({ status: 'submitted', lateness: { kind: 'late', days: 4 }, openComments: 1, errors: 0, hints: 3 });
      expect(row(unitB.id)).toMatchObject({ status: 'missing', reportId: null, lateness: { kind: 'late', days: 4 } });
      expect((await review(asReviewer).dashboard(2024)).rows.every((r) => r.status === 'missing')).toBe(true);
    } finally {
      await db.destroy();
    }
  });
});
