import { parseArgs } from 'node:util';
import { UnreadableReportError } from '../lib/db/errors';
import { InvalidReportError } from '../lib/report/read-report';
import { CliError } from './cli-error';
import { AccountsError } from '../lib/accounts/accounts-error';
import { runUnit, runUser } from './run-accounts';
import { runBackup, runRestore } from './run-backup';
import { runCheck } from './run-check';
import { runExport } from './run-export';
import { runFigures } from './run-figures';
import { runImport } from './run-import';
import { runPublish } from './run-publish';
import { runRender } from './run-render';

const USAGE = `用法：
  npm run -s cli -- render REPORT.json -o OUT.docx   把报告 JSON 排版为 Word 文件
  npm run -s cli -- check REPORT.json                检查报告，列出错误和提示；有错误时退出码为 1
  npm run -s cli -- figures REPORT.json              列出关键指标（JSON）：今年和去年的数值及出处句子
  npm run -s cli -- publish REPORT.json --format html|txt
                                                     输出网页公开版（HTML 片段或纯文本）；含个人信息或密级标志时
                                                     改为列出它们（JSON），退出码为 1
  npm run -s cli -- import FILE [--summary]          读取去年的报告（.docx/.doc/.pdf/.txt），输出 JSON 或识别摘要
  npm run -s cli -- import FILE --explain            列出识别出的单位、年度、标题等各取自原文何处，各一级标题归入哪一部分及理由
  npm run -s cli -- export ID                        输出已保存报告的 JSON（数据库：NIANBAO_DB，默认 ./data/nianbao.db）
  npm run -s cli -- backup FILE                      把全部报告（含历史版本）备份为一个 JSON 文件
  npm run -s cli -- restore FILE [--replace]         从备份导入；已存在的报告只有加 --replace 才会被覆盖
  npm run -s cli -- unit add 单位全称 --kind 镇 --superior 巴南区
                                                     添加单位（类型：镇、乡、街道、县级部门）
  npm run -s cli -- unit add --csv 单位.csv          从表格添加单位（列：单位全称,类型,上级）；有一行出错则全部不添加
  npm run -s cli -- unit list                        列出单位
  npm run -s cli -- user add 登录名 --name 姓名 --password 密码 [--unit 单位全称]... [--role reviewer|admin]...
                                                     添加账号：--unit 为填报人所在单位，--role 为审核人或管理员
  npm run -s cli -- user add --csv 账号.csv          从表格添加账号（列：登录名,姓名,密码,单位,角色）；有一行出错则全部不添加
  npm run -s cli -- user passwd 登录名 --password 新密码   重设密码，并让此人在各处退出登录
  npm run -s cli -- user list                        列出账号、角色和单位`;

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      output: { type: 'string', short: 'o' },
      summary: { type: 'boolean' },
      explain: { type: 'boolean' },
      replace: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
      name: { type: 'string' },
      kind: { type: 'string' },
      superior: { type: 'string' },
      password: { type: 'string' },
      unit: { type: 'string', multiple: true },
      role: { type: 'string', multiple: true },
      csv: { type: 'string' },
      format: { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  switch (command) {
    case 'render':
      return runRender(rest[0], values.output);
    case 'figures':
      return runFigures(rest[0]);
    case 'publish':
      return runPublish(rest[0], values.format);
    case 'import':
      return runImport(rest[0], values.explain === true ? 'explain' : values.summary === true ? 'summary' : 'report');
    case 'check':
      return runCheck(rest[0]);
    case 'backup':
      return runBackup(rest[0]);
    case 'restore':
      return runRestore(rest[0], values.replace === true);
    case 'export':
      return runExport(rest[0]);
    case 'unit':
      return runUnit(rest[0], rest[1], values);
    case 'user':
      return runUser(rest[0], rest[1], values);
    default:
      throw new CliError(`未知命令：${command}\n${USAGE}`);
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known =
    error instanceof CliError ||
    error instanceof AccountsError ||
    error instanceof InvalidReportError ||
    error instanceof UnreadableReportError ||
    (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  process.stderr.write(`${known ? error.message : String((error as Error)?.stack ?? error)}\n`);
  process.exitCode = 1;
});
