import { z } from 'zod';
import { REPORT_SCHEMA_VERSION, ZReport } from './schema';
import type { TRawReport } from './upgrades/raw-report';
import { v1ToV2 } from './upgrades/v1-to-v2';
import { v2ToV3 } from './upgrades/v2-to-v3';
import { v3ToV4 } from './upgrades/v3-to-v4';

/** STEPS[n] turns a report of schemaVersion n into one of n + 1. One step per version ever shipped: a
 * report saved by any earlier build, in a row, a kept version, a backup or a browser's stash, reads today. */
const STEPS: Record<number, (report: TRawReport) => TRawReport> = {
  1: v1ToV2,
  2: v2ToV3,
  3: v3ToV4,
};

export const NEWER_VERSION_MESSAGE =
  '这份报告由更新版本的年报保存，当前版本无法读取。请升级年报后再打开；数据没有被改动。';

export type TUpgradeResult = { ok: true; value: unknown } | { ok: false; message: string };

/** Brings a stored report up to REPORT_SCHEMA_VERSION step by step. What is not a versioned report is
 * passed on unchanged for the schema to refuse with its own message. */
export function upgradeReport(raw: unknown): TUpgradeResult {
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: true, value: raw };
  let report = raw as TRawReport;
  const from = report.schemaVersion;
  if (typeof from !== 'number' || !Number.isInteger(from) || from < 1) return { ok: true, value: raw };
  if (from > REPORT_SCHEMA_VERSION) return { ok: false, message: NEWER_VERSION_MESSAGE };
  for (let version = from; version < REPORT_SCHEMA_VERSION; version++) {
    const step = STEPS[version];
    if (!step) throw new Error(`no upgrade from report schemaVersion ${version}`);
    report = step(report);
  }
  return { ok: true, value: report };
}

// Reports this process has validated, by identity, so the repository need not validate again the report a
// route has just parsed (a save validated twice cost the autosave a third of its time under load). Kept
// on globalThis: Next bundles this module once per route while the repository is one per process.
const registry = globalThis as typeof globalThis & { nianbaoValidatedReports?: WeakSet<object> };
const VALIDATED = (registry.nianbaoValidatedReports ??= new WeakSet<object>());

/** Whether this very object came out of ZStoredReport (and so is a valid current report). */
export function wasValidated(report: unknown): boolean {
  return typeof report === 'object' && report !== null && VALIDATED.has(report);
}

/** The one way a report comes in from storage or from outside (rows, kept versions, backups, API bodies,
 * CLI files): upgraded to the current version, then validated. */
export const ZStoredReport = z
  .preprocess((raw, ctx) => {
    const upgraded = upgradeReport(raw);
    if (upgraded.ok) return upgraded.value;
    ctx.addIssue({ code: 'custom', message: upgraded.message, input: raw, params: { standalone: true } });
    return raw;
  }, ZReport)
  .transform((report) => {
    VALIDATED.add(report);
    return report;
  });
