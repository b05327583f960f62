import { PART_KEYS } from '../part-keys';
import type { TRawReport } from './raw-report';

/**
 * v3 adds the printed structure and what a submitted copy carries. A report written before keeps the look
 * it had (its sections as the level-1 headings, numbered on through the report) until the clerk chooses
 * the five parts; the submission elements start off (no 版头, no 版记, no seal, no 附注). Nothing the clerk
 * wrote is touched. The values are written out here rather than taken from defaultFormat: a step must go on
 * doing what it did when a later build changes what a new report starts with.
 */
export function v2ToV3(report: TRawReport): TRawReport {
  return {
    ...report,
    schemaVersion: 3,
    layout: 'flat',
    partHeadings: Object.fromEntries(PART_KEYS.map((k) => [k, ''])),
    seal: false,
    note: '',
    masthead: false,
    mastheadMark: '',
    docNumber: '',
    signers: '',
    colophon: false,
    copyTo: '',
    printer: '',
    printDate: '',
  };
}
