import { describe, expect, it } from 'vitest';
import { runChecks } from '@/lib/checks/run-checks';
import { fieldErrorsOf } from '@/lib/http/field-errors';
import { BASIC_FIELDS } from '@/lib/report/basic-fields';
import { ZReport } from '@/lib/report/schema';
import { getTemplate } from '@/lib/template/get-template';
import { loadSample } from '../../support/sample';

describe('the one list of 基本信息 fields', () => {
  it('names each field the same way in a refused save, in the checks and in the form', () => {
    const refused = ZReport.safeParse({ ...loadSample(), recipient: '区委\u0000' });
    expect(refused.success).toBe(false);
    expect(fieldErrorsOf(refused.error!)[0]!.message).toContain(BASIC_FIELDS.recipient.label);
    const empty = runChecks({ ...loadSample(), signature: '', date: '' }, getTemplate());
    const messages = empty.errors.filter((f) => f.ruleId === 'basics-filled').map((f) => f.message);
    expect(messages).toEqual(expect.arrayContaining([`请填写${BASIC_FIELDS.signature.label}。`, `请填写${BASIC_FIELDS.date.label}。`]));
  });

  it('checks every required field a clerk types, and no optional one', () => {
    const blank = { ...loadSample(), title: '', unit: '', recipient: '', signature: '', date: '', opening: '' };
    const named = runChecks(blank, getTemplate())
      .errors.filter((f) => f.ruleId === 'basics-filled' && f.message.startsWith('请填写'))
      .map((f) => f.place.field);
    expect(named.sort()).toEqual(['date', 'recipient', 'signature', 'title', 'unit']);
    expect(BASIC_FIELDS.opening.required).toBe(false);
  });
});
