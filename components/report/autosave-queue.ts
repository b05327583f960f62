import type { TApiResult } from '@/lib/http/api-client';
import { newSaveId } from '@/lib/report/save-id';
import type { TReport } from '@/lib/report/schema';

export type TSaveState =
  | { kind: 'saved'; at?: string }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string }
  | { kind: 'offline'; message: string }
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; message: string };

/** Where unacknowledged text waits in the browser (IndexedDB), so a lost connection or a crash loses nothing. */
export type TStash = { put: (report: TReport, version: number) => void; clear: () => void };

export type TSend = (report: TReport, version: number, saveId: string) => Promise<TApiResult<{ version: number; updatedAt: string }>>;

/** A save sent whose outcome is not known yet: no reply came, so the server may have applied it. */
type TAttempt = { report: TReport; version: number; saveId: string };

export const AUTOSAVE_TIMING = { debounceMs: 800, retryMs: 3000 };

/**
 * Debounced, serialised saving of the whole report: one request in flight at a time, the newest text
 * sent next, and a failed save kept and retried (no connection, server error) or held with its reason
 * (a conflict, refused text) so nothing typed is dropped. The version the server acknowledged travels
 * with every save, so a stale tab cannot overwrite a newer text.
 */
export class AutosaveQueue {
  private pending: TReport | null = null;
  private unconfirmed: TAttempt | null = null;
  private inFlight = false;
  private blocked = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiters: Array<(saved: boolean) => void> = [];
  private state: TSaveState = { kind: 'saved' };

  constructor(
    private readonly send: TSend,
    private version: number,
    private readonly onState: (state: TSaveState) => void,
    private readonly timing = AUTOSAVE_TIMING,
    private readonly stash: TStash = { put: () => undefined, clear: () => undefined },
  ) {}

  /** After a conflict: the clerk's chosen text, saved on top of the version the server has now. */
  resolve(report: TReport, serverVersion: number): Promise<boolean> {
    this.version = serverVersion;
    this.blocked = false;
    this.unconfirmed = null;
    this.pending = report;
    return this.flush();
  }

  /** Waiting for the connection, with the text kept in the stash. */
  isOffline(): boolean {
    return this.state.kind === 'offline';
  }

  /** Text typed that the server has not acknowledged yet. */
  hasUnsaved(): boolean {
    return this.pending !== null || this.unconfirmed !== null || this.inFlight;
  }

  schedule(report: TReport): void {
    this.pending = report;
    this.stash.put(report, this.version);
    // 已保存 only while the server holds what is on screen: from the first keystroke it is 正在保存…
    // (offline and conflict keep their own, truer, words).
    if (this.state.kind === 'saved' || this.state.kind === 'failed') this.setState({ kind: 'saving' });
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), this.timing.debounceMs);
  }

  /** Sends what is pending now; true once the server has it, false when it was refused or unreachable. */
  flush(): Promise<boolean> {
    if (!this.hasUnsaved()) return Promise.resolve(this.state.kind !== 'failed' && this.state.kind !== 'conflict');
    const done = new Promise<boolean>((resolve) => this.waiters.push(resolve));
    void this.run();
    return done;
  }

  private setState(state: TSaveState): void {
    this.state = state;
    this.onState(state);
  }

  private settle(saved: boolean): void {
    const waiters = this.waiters;
    this.waiters = [];
    waiters.forEach((resolve) => resolve(saved));
  }

  private async run(): Promise<void> {
    clearTimeout(this.timer);
    if (this.inFlight || this.blocked) return;
    // A save that got no reply goes again as it was, with its id, before anything typed since: the server
    // answers a retry of what it already applied with its version, where a newer text on the old version
    // would conflict with the clerk's own save.
    if (!this.unconfirmed) {
      if (!this.pending) return this.settle(true);
      this.unconfirmed = { report: this.pending, version: this.version, saveId: newSaveId() };
      this.pending = null;
    }
    const attempt = this.unconfirmed;
    this.inFlight = true;
    this.setState({ kind: 'saving' });
    const result = await this.send(attempt.report, attempt.version, attempt.saveId);
    this.inFlight = false;
    if (result.ok) {
      this.unconfirmed = null;
      this.version = result.data.version;
      if (this.pending) return this.run();
      this.stash.clear();
      this.setState({ kind: 'saved', at: result.data.updatedAt });
      return this.settle(true);
    }
    if (result.status === 0 || result.status >= 500) {
      this.setState(result.status === 0 ? { kind: 'offline', message: '离线，已暂存' } : { kind: 'retrying', message: result.message });
      this.timer = setTimeout(() => void this.run(), this.timing.retryMs);
    } else {
      // A conflict or a refused text will not go through by retrying: hold it and say why.
      this.unconfirmed = null;
      this.pending ??= attempt.report;
      this.blocked = result.status === 409 || result.status === 404;
      this.setState({ kind: result.status === 409 ? 'conflict' : 'failed', message: result.message });
    }
    this.settle(false);
  }
}
