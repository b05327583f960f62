import type { Metadata } from 'next';
import Link from 'next/link';
import { finalBlockers } from '@/lib/checks/final-blockers';
import { loadReport } from '@/lib/db/load-report';
import { checksOfStored } from '@/lib/http/stored-results';
import { publishScan, type TPublishFinding } from '@/lib/publish/publish-scan';
import { webHtml, webLines, webText } from '@/lib/publish/web-version';
import { webReadiness } from '@/lib/publish/web-readiness';
import { getReview } from '@/lib/review/get-review';
import { loadStanding } from '@/lib/review/load-standing';
import { getTemplate } from '@/lib/template/get-template';
import { CopyWebVersion } from '@/components/publish/copy-web-version';
import { SecrecyConfirm } from '@/components/publish/secrecy-confirm';
import { ApiForm } from '@/components/ui/api-form';
import { BUTTON } from '@/components/ui/button-classes';

type TProps = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: '网页公开版' };
export const dynamic = 'force-dynamic';

const when = (iso: string) => new Date(iso).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });

/** Where a finding stands, for its 修改 link: the paragraph of a part, or 基本信息. */
const findingHref = (id: string, f: TPublishFinding) => (f.part ? `/reports/${id}/parts/${f.part}${f.sectionId ? `#b-${f.sectionId}` : ''}` : `/reports/${id}/basics`);

/** 公开: the version that goes on the government website — after the checks and the personal-data scan
 * pass and the 保密审查 is on record — as HTML and plain text to paste, and as a .docx without 版头 or
 * seal; then where and when it was published. */
export default async function PublishPage({ params }: TProps) {
  const { id } = await params;
  const stored = await loadReport(id);
  const { actor } = await loadStanding(id);
  const template = getTemplate(stored.report.template);
  const findings = publishScan(stored.report, template);
  const readiness = webReadiness(stored.status, finalBlockers(await checksOfStored(stored)), findings);
  const confirmed = readiness.ready ? await (await getReview(actor)).secrecyConfirmation(id, stored.version) : null;
  const lines = webLines(stored.report, template);
  const api = `/api/reports/${id}/web`;
  return (
    <>
      <Link href={`/reports/${id}/check`} className="text-accent underline">
        返回检查并下载
      </Link>
      <h1 className="my-4 text-3xl font-bold">网页公开版</h1>
      <p className="mb-4 text-gray-800">每年 4 月 1 日前，报告要在政府网站公开。公开版只有标题和正文，不带版头、印章和版记，可以直接粘贴到网站的编辑器中。</p>
      {!readiness.ready ? (
        <section role="alert" className="mb-6 border-4 border-red-700 bg-white p-4" data-testid="web-blocked">
          <h2 className="font-bold text-red-700">{readiness.reason}</h2>
          {findings.length > 0 ? (
            <ul className="mt-2 list-disc pl-6">
              {findings.map((f, i) => (
                <li key={i}>
                  {f.kind}：“{f.excerpt}”{' '}
                  <Link href={findingHref(id, f)} className="text-accent underline">
                    修改<span className="sr-only">“{f.excerpt}”</span>
                  </Link>
                </li>
              ))}
            </ul>
          ) : null}
        </section>
      ) : !confirmed ? (
        <section className="mb-6 rounded bg-white p-4" aria-labelledby="secrecy-heading">
          <h2 id="secrecy-heading" className="mb-2 text-xl font-bold">
            保密审查
          </h2>
          <SecrecyConfirm id={id} version={stored.version} />
        </section>
      ) : (
        <>
          <p className="mb-4" data-testid="secrecy-record">
            保密审查：{confirmed.who || '本人'}于 {when(confirmed.at)} 确认（第 {stored.version} 版）。
          </p>
          <section className="mb-6 rounded bg-white p-4" aria-labelledby="copy-heading">
            <h2 id="copy-heading" className="mb-2 text-xl font-bold">
              复制到网站
            </h2>
            <CopyWebVersion html={webHtml(lines)} text={webText(lines)} />
            <p className="mt-3 flex flex-wrap gap-3">
              <a href={`${api}?format=html`} className={BUTTON.secondary}>下载 .html</a>
              <a href={`${api}?format=txt`} className={BUTTON.secondary}>下载 .txt</a>
              <a href={`${api}?format=docx`} className={BUTTON.secondary} data-testid="web-docx">下载公开版 .docx（无版头、印章）</a>
            </p>
          </section>
          <section className="mb-6 rounded bg-white p-6" aria-labelledby="preview-heading">
            <h2 id="preview-heading" className="mb-2 text-sm font-bold text-gray-700">
              网页上的样子
            </h2>
            <article data-testid="web-preview" className="space-y-2">
              {lines.map((line, i) => {
                const Tag = line.tag;
                return <Tag key={i} className={line.tag === 'h1' ? 'text-center text-2xl font-bold' : line.tag === 'p' ? 'indent-8 leading-7' : 'font-bold'}>{line.text}</Tag>;
              })}
            </article>
          </section>
        </>
      )}
      {stored.status === 'accepted' || stored.status === 'published' ? (
        <ApiForm
          key={`publish-${stored.version}`}
          id="publish"
          legend={stored.status === 'published' ? '更新公开登记' : '登记公开'}
          fields={[
            { name: 'url', label: '公开网址', hint: '如 https://www.example.gov.cn/zwgk/2026/0301/123.html', kind: 'text' },
            { name: 'date', label: '公开日期', kind: 'date' },
          ]}
          schema="review"
          fixed={{ action: 'publish', version: stored.version }}
          url={`/api/reports/${id}/review`}
          submit="登记公开"
        />
      ) : (
        <p className="text-gray-800">县里审核通过后，可以在这里登记公开的网址和日期。</p>
      )}
    </>
  );
}
