import { describe, expect, it } from 'vitest';
import { publishScan } from '@/lib/publish/publish-scan';
import { getTemplate } from '@/lib/template/get-template';
import { corpusExpected, corpusText, hasCorpus } from '../../support/corpus';
import { loadSample } from '../../support/sample';

// support/corpus warns (and this test is skipped) when ../shared/corpus is not there.
describe.skipIf(!hasCorpus)('the publish scan on the real published reports in ../shared/corpus', () => {
  it('finds nothing in reports that were published (their 文号, ICP 备案号 and dates are not phone numbers)', () => {
    for (const name of Object.keys(corpusExpected())) {
      const report = loadSample();
      report.parts.measures.sections = [{ id: 'c', heading: '', body: corpusText(name), children: [] }];
      expect(publishScan(report, getTemplate()), name).toEqual([]);
    }
  });
});
