import { describe, expect, it } from 'vitest';
import { signIn } from '../support/app-server';
import { appWithBrowser } from '../support/app-with-browser';
import { e2ePort } from '../support/ports';

const app = appWithBrowser(e2ePort(3142));

const csv = (text: string) => ({ name: '表格.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${text}`, 'utf8') });

describe('管理: the administrator sets up the county in the browser', () => {
  it('adds units one by one and from a spreadsheet (all or nothing), adds a clerk and a reviewer, resets a password and sets the deadlines', async () => {
    const page = await app.browser.newPage();
    await page.goto(app.server.url);
    await page.getByRole('link', { name: '管理' }).click();
    await page.getByRole('heading', { name: '管理', level: 1 }).waitFor();

    // One unit by the form, by keyboard alone.
    const unitForm = page.getByTestId('form-unit');
    await unitForm.getByLabel('单位全称').focus();
    await page.keyboard.type('重庆市巴南区龙洲湾街道办事处');
    await page.keyboard.press('Tab');
    await page.keyboard.press('End');
    await page.keyboard.press('Tab');
    await page.keyboard.type('巴南区');
    await page.keyboard.press('Enter');
    await unitForm.getByRole('status').filter({ hasText: '已添加' }).waitFor();
    await page.getByTestId('units').getByRole('rowheader', { name: '重庆市巴南区龙洲湾街道办事处' }).waitFor();
    expect(await page.getByTestId('units').getByRole('row', { name: /龙洲湾/ }).textContent()).toContain('县级部门');

    // A spreadsheet with a bad row adds nothing and says which row; a good one adds every row.
    const upload = page.getByLabel('从表格添加单位');
    await upload.setInputFiles(csv('单位全称,类型,上级\n重庆市巴南区南泉街道办事处,街道,巴南区\n重庆市巴南区某某镇,村,巴南区\n'));
    await page.getByRole('button', { name: '上传并添加' }).first().click();
    await page.getByText(/第 3 行有误，未创建任何内容/).waitFor();
    expect(await page.getByTestId('units').getByRole('rowheader').allTextContents()).not.toContain('重庆市巴南区南泉街道办事处');
    // As Excel or WPS save “CSV” on a Chinese Windows: GBK (the same two rows, encoded so).
    await upload.setInputFiles({ name: '单位.csv', mimeType: 'text/csv', buffer: Buffer.from('b5a5cebbc8abb3c62cc0e0d0cd2cc9cfbcb60ad6d8c7eccad0b0cdc4cfc7f8c4cfc8aabdd6b5c0b0eccac2b4a62cbdd6b5c02cb0cdc4cfc7f80ad6d8c7eccad0b0cdc4cfc7f8caa5b5c6c9bdd5f2c8cbc3f1d5feb8ae2cd5f22cb0cdc4cfc7f80a', 'hex') });
    await page.getByRole('button', { name: '上传并添加' }).first().click();
    await page.getByText('已添加 2 个单位。').waitFor();
    await page.getByTestId('units').getByRole('rowheader', { name: '重庆市巴南区圣灯山镇人民政府' }).waitFor();

    // A clerk of one unit and a county reviewer; a login already taken is refused with the reason.
    const userForm = page.getByTestId('form-user');
    await userForm.getByLabel('姓名').fill('王填报');
    await userForm.getByLabel('登录名').fill('wang.clerk');
    await userForm.getByLabel('初始密码').fill('first-pass-1');
    await userForm.getByLabel('重庆市巴南区南泉街道办事处').check();
    await userForm.getByRole('button', { name: '添加账号' }).click();
    await page.getByTestId('user').filter({ hasText: 'wang.clerk' }).waitFor();
    expect(await page.getByTestId('user').filter({ hasText: 'wang.clerk' }).textContent()).toContain('填报人 · 重庆市巴南区南泉街道办事处');
    await userForm.getByLabel('姓名').fill('又一个王填报');
    await userForm.getByLabel('登录名').fill('WANG.clerk');
    await userForm.getByLabel('初始密码').fill('first-pass-1');
    await userForm.getByRole('button', { name: '添加账号' }).click();
    await userForm.getByRole('alert').filter({ hasText: '已经有人使用' }).waitFor();
    await userForm.getByLabel('姓名').fill('赵审核');
    await userForm.getByLabel('登录名').fill('zhao.reviewer');
    await userForm.getByLabel('初始密码').fill('reviewer-pass-1');
    await userForm.getByLabel('审核人').check();
    await userForm.getByRole('button', { name: '添加账号' }).click();
    await page.getByTestId('user').filter({ hasText: 'zhao.reviewer' }).filter({ hasText: '审核人' }).waitFor();

    // A new password: the old one no longer signs in, the new one does.
    const clerk = page.getByTestId('user').filter({ hasText: 'wang.clerk' });
    await clerk.getByText('重设王填报的密码').click();
    await clerk.getByLabel('新密码', { exact: true }).fill('short');
    await clerk.getByRole('button', { name: '设置新密码' }).click();
    await clerk.getByRole('alert').filter({ hasText: '密码至少 8 位' }).waitFor();
    await clerk.getByLabel('新密码', { exact: true }).fill('second-pass-2');
    await clerk.getByRole('button', { name: '设置新密码' }).click();
    await clerk.getByRole('status').filter({ hasText: '已设置' }).waitFor();
    await expect(signIn(app.server.url, 'wang.clerk', 'first-pass-1')).rejects.toThrow(/401/);
    expect(await signIn(app.server.url, 'wang.clerk', 'second-pass-2')).toMatch(/^nianbao\.session_token=/);

    // The year's deadlines.
    const deadlines = page.getByTestId('form-deadlines');
    await deadlines.getByLabel('报送截止日期').fill('2026-02-20');
    await deadlines.getByLabel('公开截止日期').fill('2026-03-31');
    await deadlines.getByRole('button', { name: '保存截止日期' }).click();
    await page.getByTestId('deadlines').filter({ hasText: '报送截止 2026年2月20日，公开截止 2026年3月31日' }).waitFor();
    await page.close();
  });
});
