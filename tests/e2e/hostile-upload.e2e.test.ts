import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startAppServer, type TAppServer } from '../support/app-server';
import { cyclicDoc, inflatingPdf, nestedPdf, unclosedParagraphsDocx } from '../support/hostile-files';
import { e2ePort } from '../support/ports';
import { tempDbPath } from '../support/temp-db';

let server: TAppServer;

beforeAll(async () => {
  server = await startAppServer(e2ePort(3126), tempDbPath());
});
afterAll(() => server.stop());

const reportCount = async () => ((await (await server.fetch(`/api/reports`)).json()) as unknown[]).length;

/** A multipart upload sent chunked, with no Content-Length, 64 KB at a time until the server answers or
 * `bytes` have gone: the server must count what arrives, whatever the headers say. */
function chunkedUpload(bytes: number): Promise<{ status: number; body: string; sent: number }> {
  return new Promise((resolve, reject) => {
    const boundary = 'nianbao-test-boundary';
    const req = request(`${server.url}/api/import`, { method: 'POST', headers: { 'content-type': `multipart/form-data; boundary=${boundary}`, 'transfer-encoding': 'chunked', cookie: server.cookie } });
    let sent = 0;
    let answered = false;
    req.on('response', (res) => {
      answered = true;
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (d: string) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body, sent }));
    });
    req.on('error', (error) => (answered ? undefined : reject(error)));
    req.write(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="报告.txt"\r\nContent-Type: text/plain\r\n\r\n`);
    const chunk = Buffer.alloc(65_536, 0x41);
    const pump = () => {
      while (!answered && sent < bytes) {
        sent += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!answered) req.end(`\r\n--${boundary}--\r\n`);
    };
    pump();
  });
}

describe('hostile uploads', () => {
  it('refuses a chunked upload past 10 MB with 413 and a Chinese message, creating nothing', async () => {
    const before = await reportCount();
    const answer = await chunkedUpload(12 * 1_048_576);
    expect(answer.status).toBe(413);
    expect((JSON.parse(answer.body) as { message: string }).message).toContain('超过 10 MB');
    expect(await reportCount()).toBe(before);
  });

  it('answers a .doc whose sector chain loops, and a .docx of unclosed paragraphs, with Chinese messages, and stays responsive', async () => {
    const upload = (bytes: Uint8Array, name: string) => {
      const form = new FormData();
      form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), name);
      return server.fetch(`/api/import`, { method: 'POST', body: form });
    };
    const [doc, docx] = await Promise.all([upload(cyclicDoc(), '去年.doc'), upload(await unclosedParagraphsDocx(160_000), '去年.docx')]);
    expect([doc.status, docx.status]).toEqual([422, 422]);
    expect(((await doc.json()) as { message: string }).message).toContain('无法读取这个旧版 Word 文件');
    expect(((await docx.json()) as { message: string }).message).toContain('嵌套层数过多');
    expect((await server.fetch(`/api/reports`)).status).toBe(200);
  });

  it('answers hostile PDFs (a deflate bomb, deep nesting, a scan, a PDF in name only) each with its Chinese message, creating nothing', async () => {
    const before = await reportCount();
    const upload = (bytes: Uint8Array) => {
      const form = new FormData();
      form.set('file', new Blob([bytes as Uint8Array<ArrayBuffer>]), '去年的报告.pdf');
      return server.fetch(`/api/import`, { method: 'POST', body: form });
    };
    const scan = new TextEncoder().encode('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF');
    const cases: Array<[Uint8Array, string]> = [
      [inflatingPdf(512), '压缩数据展开后过大'],
      [nestedPdf(4_000_000), '嵌套过深'],
      [scan, '看起来是扫描件'],
      [new TextEncoder().encode('%PDF-1.7 这不是 PDF'), '无法读取这个 PDF 文件'],
    ];
    for (const [bytes, message] of cases) {
      const answer = await upload(bytes);
      expect(answer.status).toBeGreaterThanOrEqual(400);
      expect(((await answer.json()) as { message: string }).message).toContain(message);
    }
    expect(await reportCount()).toBe(before);
  });
});
