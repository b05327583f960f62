import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openSqlite } from '@/lib/db/open-sqlite';
import { SYSTEM } from '@/lib/auth/actor';
import { createAuth } from '@/lib/auth/auth';
import { serverSecret } from '@/lib/auth/server-secret';
import { createReportRepository } from '@/lib/db/report-repository';
import { ZReport } from '@/lib/report/schema';
import { paragraphs, readDocx } from '../support/docx-xml';
import { runCli } from '../support/run-cli';
import { loadSample } from '../support/sample';
import { tempDbPath } from '../support/temp-db';

const fixture = new URL('../fixtures/sample-report.json', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'nianbao-cli-'));

describe('npm run -s cli', () => {
  it('render REPORT.json -o OUT.docx writes the report as a .docx', async () => {
    const out = join(dir, 'out.docx');
    const { code, stderr } = runCli(['render', fixture, '-o', out]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    const texts = paragraphs((await readDocx(readFileSync(out))).document).map((p) => p.text);
    expect(texts[0]).toBe('青石镇人民政府关于2025年法治政府建设情况的报告');
  });

  it('render refuses a missing file, malformed JSON and an invalid report on stderr with exit 1, writing nothing', () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, '{"year": 2025');
    expect(runCli(['render', join(dir, 'none.json'), '-o', join(dir, 'x.docx')])).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('找不到文件') });
    expect(runCli(['render', bad, '-o', join(dir, 'x.docx')])).toMatchObject({ code: 1, stderr: expect.stringContaining('不是有效的 JSON') });
    writeFileSync(bad, JSON.stringify({ ...loadSample(), year: 1900 }));
    expect(runCli(['render', bad, '-o', join(dir, 'x.docx')])).toMatchObject({ code: 1, stderr: expect.stringContaining('year：报告年度不能早于2000年') });
    expect(runCli(['render', fixture])).toMatchObject({ code: 1, stderr: expect.stringContaining('请用 -o 指定输出的 Word 文件') });
    expect(() => readFileSync(join(dir, 'x.docx'))).toThrow();
  });

  it('export ID prints a stored report as the JSON that render reads', async () => {
    const file = tempDbPath();
    const repo = createReportRepository(await openSqlite(file), SYSTEM);
    const { id } = await repo.create(loadSample());
    await repo.close();
    const { code, stdout } = runCli(['export', id], { NIANBAO_DB: file });
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(loadSample());
    const missing = runCli(['export', 'no-such-id'], { NIANBAO_DB: file });
    expect(missing).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('找不到编号为 no-such-id 的报告') });
  });

  it('check REPORT.json prints each finding and exits 1 when there is an 错误', () => {
    const clean = runCli(['check', fixture]);
    expect(clean).toMatchObject({ code: 0, stdout: '共 0 个错误，0 个提示。\n' });
    const bad = join(dir, 'check.json');
    const report = loadSample();
    report.parts.leadership.sections = [];
    report.parts.plans.sections[0]!.heading = '2025年工作安排';
    writeFileSync(bad, JSON.stringify(report));
    const result = runCli(['check', bad]);
    expect(result.code).toBe(1);
    expect(result.stdout).toContain('错误\tpart-required\tleadership / part\t');
    expect(result.stdout).toMatch(/错误\tplans-year\tplans \/ 小节 s\d+ \/ 字符 0-5\t下一年度安排写成了“2025年”/);
    expect(result.stdout).toContain('共 2 个错误，0 个提示。');
  });

  it('import FILE --summary prints what was found; without it, the report as the app JSON', () => {
    const file = new URL('../fixtures/import/seven-parts-web.txt', import.meta.url).pathname;
    const summary = runCli(['import', file, '--summary']);
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout)).toMatchObject({ unit: '某县某镇人民政府', year: 2024, date: '2025-02-20', missing: ['other'] });
    const full = runCli(['import', file]);
    expect(ZReport.parse(JSON.parse(full.stdout)).parts.leadership.sections[0]!.heading).toBe('党政主要负责人履行推进法治建设第一责任人职责情况');
    const pdf = join(dir, 'fake.docx');
    writeFileSync(pdf, '%PDF-1.4');
    expect(runCli(['import', pdf, '--summary'])).toMatchObject({ code: 1, stdout: '', stderr: expect.stringContaining('无法读取这个 PDF 文件') });
  });

  it('import FILE.pdf --summary reads a PDF; --explain says where each fact was found and why each heading went to its part', () => {
    const pdf = new URL('../fixtures/import/thirty-pages.pdf', import.meta.url).pathname;
    const summary = runCli(['import', pdf, '--summary']);
    expect(summary.code).toBe(0);
    expect(JSON.parse(summary.stdout)).toMatchObject({ unit: '青石镇人民政府', year: 2025, date: '2026-02-26', missing: [] });
    const page = new URL('../fixtures/import/web-page-around-report.txt', import.meta.url).pathname;
    const explained = runCli(['import', page, '--explain']);
    expect(explained.code).toBe(0);
    expect(JSON.parse(explained.stdout)).toMatchObject({
      facts: {
        unit: { value: '某某县某某乡人民政府', from: '标题开头' },
        date: { value: '2025-02-18', from: '文末落款的日期' },
        recipient: { value: null, from: null },
      },
      sections: [
        { source: '一、2024年度推进法治政府建设的主要举措和成效', part: 'measures', reason: '标题中有“主要举措”→ 主要举措和成效' },
        { source: '二、存在的不足和原因', part: 'shortcomings' },
        { source: '三、2025年工作安排', part: 'plans' },
      ],
      dropped: expect.arrayContaining(['关闭窗口']),
    });
  });

  it('backup FILE and restore FILE move every report to another database; a file that is not ours is refused', async () => {
    const source = tempDbPath();
    const repo = createReportRepository(await openSqlite(source), SYSTEM);
    const { id } = await repo.create(loadSample());
    await repo.close();
    const file = join(dir, 'backup.json');
    expect(runCli(['backup', file], { NIANBAO_DB: source })).toMatchObject({ code: 0, stdout: `已备份 1 份报告到 ${file}\n` });
    const target = tempDbPath();
    expect(runCli(['restore', file], { NIANBAO_DB: target })).toMatchObject({ code: 0, stdout: '已导入 1 份报告。\n' });
    expect(runCli(['restore', file], { NIANBAO_DB: target })).toMatchObject({ code: 1, stderr: expect.stringContaining('有 1 份报告已经存在，未导入任何内容') });
    expect(JSON.parse(runCli(['export', id], { NIANBAO_DB: target }).stdout)).toEqual(loadSample());
    writeFileSync(join(dir, 'other.json'), JSON.stringify({ reports: [] }));
    expect(runCli(['restore', join(dir, 'other.json')], { NIANBAO_DB: target })).toMatchObject({ code: 1, stderr: expect.stringContaining('这不是年报导出的数据文件') });
  });

  it('backup keeps a row that cannot be read as raw JSON and says so; restore says it was not brought back; export names it', async () => {
    const source = tempDbPath();
    const db = await openSqlite(source);
    await createReportRepository(db, SYSTEM).create(loadSample());
    await db.insertInto('reports').values({ id: 'broken', version: 1, data: '{"title":', created_at: '2026-01-01T00:00:00.000Z', updated_at: '2026-01-01T00:00:00.000Z' }).execute();
    await db.destroy();
    const file = join(dir, 'backup-unreadable.json');
    const backup = runCli(['backup', file], { NIANBAO_DB: source });
    expect(backup).toMatchObject({ code: 0, stdout: expect.stringContaining('另有 1 份报告或历史版本无法读取，原样写在备份文件的 unreadable 中') });
    expect((JSON.parse(readFileSync(file, 'utf8')) as { unreadable: Array<{ id: string; data: string }> }).unreadable).toMatchObject([{ id: 'broken', data: '{"title":' }]);
    expect(runCli(['restore', file], { NIANBAO_DB: tempDbPath() })).toMatchObject({ code: 0, stdout: '已导入 1 份报告。备份文件中另有 1 份无法读取的数据，未导入。\n' });
    expect(runCli(['export', 'broken'], { NIANBAO_DB: source })).toMatchObject({ code: 1, stderr: '这份报告保存的数据无法读取：保存的数据不是有效的 JSON\n' });
  });

  it('names an unknown command and shows the usage', () => {
    expect(runCli(['frobnicate'])).toMatchObject({ code: 1, stderr: expect.stringContaining('未知命令：frobnicate') });
  });
});

describe('npm run -s cli: setting up a county', () => {
  it('unit and user add|list|passwd: from a spreadsheet all or nothing, with the bad row named, and the accounts sign in', async () => {
    const env = { NIANBAO_DB: tempDbPath() };
    const units = join(dir, 'units.csv');
    writeFileSync(units, '\uFEFF单位全称,类型,上级\n重庆市巴南区东温泉镇人民政府,镇,巴南区\n重庆市巴南区龙洲湾街道办事处,村,巴南区\n');
    expect(runCli(['unit', 'add', '--csv', units], env)).toMatchObject({ code: 1, stderr: expect.stringMatching(/第 3 行有误，未创建任何内容：.*单位类型/) });
    expect(runCli(['unit', 'list'], env)).toMatchObject({ code: 0, stdout: '' });
    writeFileSync(units, '单位全称,类型,上级\n重庆市巴南区东温泉镇人民政府,镇,巴南区\n重庆市巴南区龙洲湾街道办事处,街道,巴南区\n');
    expect(runCli(['unit', 'add', '--csv', units], env)).toMatchObject({ code: 0, stdout: expect.stringContaining('已添加 2 个单位') });
    expect(runCli(['unit', 'add', '重庆市巴南区东温泉镇人民政府', '--kind', '镇', '--superior', '巴南区'], env)).toMatchObject({ code: 1, stderr: expect.stringContaining('已经存在') });

    const users = join(dir, 'users.csv');
    writeFileSync(users, '登录名,姓名,密码,单位,角色\nlisi,李四,password-1,重庆市巴南区东温泉镇人民政府,\nwang,王五,password-2,没有这个单位,\n');
    expect(runCli(['user', 'add', '--csv', users], env)).toMatchObject({ code: 1, stderr: expect.stringContaining('没有名为“没有这个单位”的单位') });
    writeFileSync(users, '登录名,姓名,密码,单位,角色\nlisi,李四,password-1,重庆市巴南区东温泉镇人民政府,\nwang,王五,password-2,,审核人\n');
    expect(runCli(['user', 'add', '--csv', users], env)).toMatchObject({ code: 0, stdout: expect.stringContaining('已添加 2 个账号：lisi，wang') });
    expect(runCli(['user', 'add', 'zhao', '--name', '赵六', '--password', ''], env)).toMatchObject({ code: 1, stderr: expect.stringContaining('密码至少 8 位') });
    expect(runCli(['user', 'list'], env).stdout).toBe('lisi\t李四\t填报人\t重庆市巴南区东温泉镇人民政府\nwang\t王五\t审核人\t\n');
    expect(runCli(['user', 'passwd', 'nobody', '--password', 'password-3'], env)).toMatchObject({ code: 1, stderr: expect.stringContaining('没有登录名为“nobody”的账号') });
    expect(runCli(['user', 'passwd', 'lisi', '--password', 'password-3'], env)).toMatchObject({ code: 0 });
    const db = await openSqlite(env.NIANBAO_DB);
    const auth = createAuth(db, await serverSecret(db), 'http://127.0.0.1');
    expect((await auth.api.signInUsername({ body: { username: 'lisi', password: 'password-3' } }))?.user.name).toBe('李四');
    await expect(auth.api.signInUsername({ body: { username: 'lisi', password: 'password-1' } })).rejects.toThrow();
    await db.destroy();
  });
});
