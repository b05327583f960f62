import { describe, expect, it } from 'vitest';
import { signOffIndents } from '@/lib/report/sign-off';

describe('signature and date of an unsealed document (GB/T 9704 7.3.5.2)', () => {
  it('puts the signature two characters in and starts the date two characters right of it', () => {
    // 10 characters of signature, 6.5 of date: the date's right edge 3.5 characters in.
    expect(signOffIndents('示例县青石镇人民政府', '2026年2月26日')).toEqual({ signature: 2, date: 3.5 });
  });

  it('when the date is the longer, puts it two in and moves the signature left to keep the step', () => {
    expect(signOffIndents('某镇政府', '2026年12月31日')).toEqual({ signature: 7, date: 2 });
  });
});
