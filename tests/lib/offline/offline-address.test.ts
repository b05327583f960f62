import { describe, expect, it } from 'vitest';
import { offlineAddress, reportIdOf, returnPath } from '@/lib/offline/offline-address';
import { pageAssets } from '@/lib/offline/page-assets';

describe('where a failed page load is sent', () => {
  it('names the report of any page under /reports/<id>, and no report for the pages that are not one', () => {
    expect(reportIdOf('/reports/abc-1/parts/plans')).toBe('abc-1');
    expect(reportIdOf('/reports/abc-1')).toBe('abc-1');
    expect(reportIdOf('/reports/%E6%97%A7')).toBe('旧');
    expect(reportIdOf('/reports/new')).toBeNull();
    expect(reportIdOf('/reports/import')).toBeNull();
    expect(reportIdOf('/')).toBeNull();
    expect(reportIdOf('/reports/%E0%A4%A')).toBeNull();
  });

  it('carries the report and the page to go back to', () => {
    const address = new URL(offlineAddress(new URL('http://localhost/reports/r1/parts/plans?from=check')), 'http://localhost');
    expect(address.pathname).toBe('/offline');
    expect(address.searchParams.get('report')).toBe('r1');
    expect(address.searchParams.get('from')).toBe('/reports/r1/parts/plans?from=check');
    expect(new URL(offlineAddress(new URL('http://localhost/')), 'http://localhost').searchParams.has('report')).toBe(false);
  });

  it('goes back only to a page of this site, never to the offline page itself', () => {
    expect(returnPath('/reports/r1')).toBe('/reports/r1');
    for (const from of [null, '', 'https://example.com/', '//example.com/', '/\\example.com', '/offline?from=/offline', '/\t/evil.example', '/\n/evil.example', '\\\\evil.example', 'javascript:alert(1)', '/%2e%2e/offline']) expect(returnPath(from)).toBe('/');
  });
});

describe('the files the offline page needs', () => {
  it('are the hashed files its tags and its inline payload name, once each', () => {
    const html = [
      '<link rel="stylesheet" href="/_next/static/chunks/a1.css" data-precedence="next"/>',
      '<script src="/_next/static/chunks/b2.js" async=""></script>',
      '<link rel="preload" as="script" href="/_next/static/chunks/b2.js"/>',
      '<script>self.__next_f.push([1,"2:I[\\"/_next/static/chunks/c3.js\\"]"])</script>',
      '<link rel="icon" href="/icon.svg?icon.1.svg"/>',
    ].join('');
    expect(pageAssets(html)).toEqual(['/_next/static/chunks/a1.css', '/_next/static/chunks/b2.js', '/_next/static/chunks/c3.js']);
  });
});
