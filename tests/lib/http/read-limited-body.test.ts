import { describe, expect, it } from 'vitest';
import { readLimitedBody } from '@/lib/http/read-limited-body';

/** A chunked upload: no Content-Length, 64 KB chunks for as long as the reader pulls. */
function endlessUpload() {
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      pulled += 65_536;
      controller.enqueue(new Uint8Array(65_536).fill(0x41));
    },
  });
  const request = new Request('http://127.0.0.1/api/import', { method: 'POST', body, duplex: 'half' } as RequestInit);
  return { request, pulled: () => pulled };
}

describe('reading a request body up to a limit', () => {
  it('refuses a chunked body past the limit, having read no more than one chunk beyond it', async () => {
    const upload = endlessUpload();
    expect(upload.request.headers.get('content-length')).toBeNull();
    expect(await readLimitedBody(upload.request, 1_048_576)).toBeNull();
    expect(upload.pulled()).toBeLessThanOrEqual(1_048_576 + 2 * 65_536);
  });

  it('refuses at once a body that declares more than the limit', async () => {
    const request = new Request('http://127.0.0.1/', { method: 'POST', body: 'x', headers: { 'content-length': '2000000' } });
    expect(await readLimitedBody(request, 1_048_576)).toBeNull();
  });

  it('returns a body within the limit whole', async () => {
    const request = new Request('http://127.0.0.1/', { method: 'POST', body: '年报' });
    expect(new TextDecoder().decode((await readLimitedBody(request, 100))!)).toBe('年报');
  });
});
