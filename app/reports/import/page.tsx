import type { Metadata } from 'next';
import Link from 'next/link';
import { getTemplate } from '@/lib/template/get-template';
import { ImportWizard } from '@/components/import/import-wizard';

export const metadata: Metadata = { title: '导入去年的报告' };

export default function ImportPage() {
  return (
    <>
      <Link href="/" className="text-accent underline">
        返回我的报告
      </Link>
      <h1 className="my-4 text-3xl font-bold">导入去年的报告</h1>
      <p className="mb-4 max-w-2xl text-gray-700">
        年报会识别去年报告的标题、各级小标题和落款，把内容归入今年报告的五个部分。确认后生成新一年的草稿：
        含有数字或年份的句子会标为“待更新”，去年的原文留在每个部分旁边供参考。
      </p>
      <ImportWizard template={getTemplate()} />
    </>
  );
}
