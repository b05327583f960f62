import { describe, expect, it } from 'vitest';
import { isCrossSite } from '@/lib/http/cross-site';

const headers = (entries: Record<string, string>) => new Headers(entries);

describe('isCrossSite', () => {
  it('refuses a change asked for by a page of another site or another port of this host', () => {
    expect(isCrossSite('POST', headers({ host: '127.0.0.1:3000', origin: 'http://evil.example' }))).toBe(true);
    expect(isCrossSite('PUT', headers({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:4000' }))).toBe(true);
    expect(isCrossSite('DELETE', headers({ host: '127.0.0.1:3000', 'sec-fetch-site': 'same-site' }))).toBe(true);
    expect(isCrossSite('POST', headers({ host: '127.0.0.1:3000', 'sec-fetch-site': 'cross-site', origin: 'http://127.0.0.1:3000' }))).toBe(true);
    expect(isCrossSite('POST', headers({ host: '127.0.0.1:3000', origin: 'null' }))).toBe(true);
  });

  it('lets through its own pages, requests that are not from a page, and anything that changes nothing', () => {
    expect(isCrossSite('POST', headers({ host: '127.0.0.1:3000', origin: 'http://127.0.0.1:3000', 'sec-fetch-site': 'same-origin' }))).toBe(false);
    expect(isCrossSite('POST', headers({ host: '127.0.0.1:3000' }))).toBe(false);
    expect(isCrossSite('GET', headers({ host: '127.0.0.1:3000', origin: 'http://evil.example', 'sec-fetch-site': 'cross-site' }))).toBe(false);
  });

  it('compares with the host the browser addressed behind a reverse proxy', () => {
    const behind = { host: '127.0.0.1:3000', 'x-forwarded-host': 'nianbao.county.gov.cn' };
    expect(isCrossSite('POST', headers({ ...behind, origin: 'https://nianbao.county.gov.cn' }))).toBe(false);
    expect(isCrossSite('POST', headers({ ...behind, origin: 'http://127.0.0.1:3000' }))).toBe(true);
  });
});
