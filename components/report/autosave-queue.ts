import type { TApiResult } from '@/lib/http/api-client';
import type { TConflictReply, TSavedReply } from '@/lib/http/save-replies';
import type { mergeReports } from '@/lib/report/merge-reports';
import { newSaveId } from '@/lib/report/save-id';
import type { TReport } from '@/lib/report/schema';

/**
 * Both sides changed the same place: `mine` (the clerk's text as it was when the conflict came) and
 * `theirs`, merged against `base` (null: not known); the clerk chooses, per place, what stays, and saving
 * the choice keeps the text it replaces. `version`: the server's version `theirs` is, when the server
 * refused a save (409); null when the clash was found in the browser (text composed while a merge
 * waited, or unsent text restored from the journal), where `theirs` is the text on screen. `source` says
 * whose the sides are, for their names.
 */
export type TConflict = { base: TReport | null; mine: TReport; theirs: TReport; version: number | null; source: 'server' | 'journal' };

export type TSaveState =
  | { kind: 'saved'; at?: string }
  | { kind: 'saving' }
  | { kind: 'retrying'; message: string }
  | { kind: 'offline'; message: string }
  | { kind: 'conflict'; message: string; conflict: TConflict }
  | { kind: 'signed-out'; message: string }
  | { kind: 'failed'; message: string };

/** Where text the server has not acknowledged waits in the browser (tab-journal.ts). */
export type TJournal = {
  record: (report: TReport, baseVersion: number, base: TReport) => void;
  acknowledged: (sent: TReport, held: TReport, version: number) => void;
};

export type TSend = (report: TReport, version: number, saveId: string, resolved: boolean) => Promise<TApiResult<TSavedReply>>;

/** Takes a text the server merged (or another tab saved) as the text on screen. */
export type TAdopt = (report: TReport) => void;

/** A save sent whose outcome is not known yet: no reply came, so the server may have applied it. */
type TAttempt = { report: TReport; version: number; saveId: string; resolved: boolean };

export const AUTOSAVE_TIMING = { debounceMs: 800, retryMs: 3000 };

/** Loads the three-way merge, which only a save whose reply the server merged needs (few do); null when it
 * cannot be loaded: the connection dropped, or a newer build replaced the files this page came with. */
export type TLoadMerge = () => Promise<typeof mergeReports | null>;

const loadMerge: TLoadMerge = () =>
  import('@/lib/report/merge-reports').then(
    (m) => m.mergeReports,
    () => null,
  );

const CONFLICT_MESSAGE = '这份报告已在其他窗口或由其他人修改过，双方改动了同一处。';
const MERGE_UNAVAILABLE = '无法载入合并所需的文件，如一直如此，请刷新页面';
const sameText = (a: TReport, b: TReport) => a === b || JSON.stringify(a) === JSON.stringify(b);

/**
 * Debounced, serialised saving of the whole report: one request in flight at a time, the newest text
 * sent next, a save without a reply sent again with its id, and a refused one held with its reason, so
 * nothing typed is dropped. Every save names the version it was based on; the server merges it with
 * what others saved since, and the merged text is taken onto the screen, merged again with anything
 * typed while the save was on its way. Only a place changed on both sides stops the queue: the
 * conflict, until the clerk has chosen.
 */
export class AutosaveQueue {
  private pending: TReport | null = null;
  private unconfirmed: TAttempt | null = null;
  private inFlight = false;
  private blocked = false;
  /** The session expired: nothing is sent until the clerk has signed in again (resume). */
  private signedOut = false;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private waiters: Array<(saved: boolean) => void> = [];
  private state: TSaveState = { kind: 'saved' };
  /** The next save settles a conflict. */
  private resolving = false;
  /** The text the server holds at `version`: what the text on screen was edited from. */
  private held: TReport;

  constructor(
    private readonly send: TSend,
    private version: number,
    initial: TReport,
    private readonly adopt: TAdopt,
    private readonly onState: (state: TSaveState) => void,
    private readonly journal: TJournal = { record: () => undefined, acknowledged: () => undefined },
    private readonly timing = AUTOSAVE_TIMING,
    private readonly merge = loadMerge,
  ) {
    this.held = initial;
  }

  /** A clash found in the browser: saving stops until the clerk has chosen (both sides are kept: the
   * text on screen in this tab's journal, restored text in the entry it came from). */
  clash(base: TReport | null, mine: TReport, theirs: TReport, source: TConflict['source']): void {
    this.conflict({ base, mine, theirs, version: null, source });
  }

  /** After a conflict: the text the clerk settled on, saved over the version the server has now (the
   * one it refused the save for, or, for a clash found here, the newest this queue knows); the server
   * keeps the text it replaces in the history. */
  resolve(report: TReport, conflict: TConflict): Promise<boolean> {
    if (conflict.version !== null) {
      this.version = conflict.version;
      this.held = conflict.theirs;
    }
    this.blocked = false;
    this.unconfirmed = null;
    this.pending = report;
    this.resolving = true;
    this.journal.record(report, this.version, this.held);
    return this.flush();
  }

  /** Another tab of this browser saved `report` as `version`. With nothing of its own unsent, this tab
   * takes it quietly; with unsent text, it saves now, and the server merges the two. */
  heard(report: TReport, version: number): void {
    if (version <= this.version || this.blocked) return;
    if (this.inFlight || this.unconfirmed) return;
    if (this.pending) return void this.run();
    this.version = version;
    this.held = report;
    this.adopt(report);
  }

  /** The version the text on screen was edited from. */
  baseVersion(): number {
    return this.version;
  }

  /** The clerk may have signed in again (here or in another tab): the save that was refused goes again,
   * with its id; a session still expired answers 401 once more and the queue waits again. */
  resume(): void {
    if (!this.signedOut) return;
    this.signedOut = false;
    void this.run();
  }

  isOffline(): boolean {
    return this.state.kind === 'offline';
  }

  /** Text typed that the server has not acknowledged yet. */
  hasUnsaved(): boolean {
    return this.pending !== null || this.unconfirmed !== null || this.inFlight;
  }

  schedule(report: TReport): void {
    this.pending = report;
    this.journal.record(report, this.version, this.held);
    // 已保存 only while the server holds what is on screen: from the first keystroke it is 正在保存…
    // (offline, conflict, an expired session and a refusal that holds keep their own, truer, words).
    if (!this.blocked && (this.state.kind === 'saved' || this.state.kind === 'failed')) this.setState({ kind: 'saving' });
    clearTimeout(this.timer);
    if (this.signedOut) return;
    this.timer = setTimeout(() => void this.run(), this.timing.debounceMs);
  }

  /** Sends what is pending now; true once the server has it, false when it was refused or unreachable. */
  flush(): Promise<boolean> {
    // Held for the clerk's choice: nothing will be sent until then, so nobody may wait for it.
    if (this.blocked || this.signedOut) return Promise.resolve(false);
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
    if (this.inFlight || this.blocked || this.signedOut) return;
    // A save that got no reply goes again as it was, with its id, before anything typed since: the server
    // answers a retry of what it already applied with what it stored.
    if (!this.unconfirmed) {
      if (!this.pending) return this.settle(true);
      this.unconfirmed = { report: this.pending, version: this.version, saveId: newSaveId(), resolved: this.resolving };
      this.pending = null;
      this.resolving = false;
    }
    const attempt = this.unconfirmed;
    this.inFlight = true;
    this.setState({ kind: 'saving' });
    const result = await this.send(attempt.report, attempt.version, attempt.saveId, attempt.resolved);
    if (result.ok) return this.acknowledged(attempt, result.data);
    this.inFlight = false;
    if (result.status === 0 || result.status >= 500) {
      return this.retryLater(result.status === 0 ? { kind: 'offline', message: '离线，已暂存' } : { kind: 'retrying', message: result.message });
    }
    // The save goes again as it was, once the clerk has signed in: the text stays in the journal meanwhile.
    if (result.status === 401) {
      this.signedOut = true;
      this.setState({ kind: 'signed-out', message: result.message });
      return this.settle(false);
    }
    // A conflict or a refused text will not go through by retrying: hold it and say why. A report that
    // became read-only (报送) or went away stays so until the page is loaded again.
    this.unconfirmed = null;
    this.pending ??= attempt.report;
    this.blocked = result.status === 409 || result.status === 404 || result.status === 403;
    const reply = result.status === 409 ? (result.body as TConflictReply | undefined) : undefined;
    if (reply?.current) this.conflict({ base: reply.base, mine: this.pending, theirs: reply.current, version: reply.version, source: 'server' });
    else this.setState({ kind: 'failed', message: result.message });
    this.settle(false);
  }

  private conflict(conflict: TConflict): void {
    this.blocked = true;
    this.setState({ kind: 'conflict', message: CONFLICT_MESSAGE, conflict });
  }

  private retryLater(state: TSaveState): void {
    this.setState(state);
    this.timer = setTimeout(() => void this.run(), this.timing.retryMs);
    this.settle(false);
  }

  private async acknowledged(attempt: TAttempt, reply: TSavedReply): Promise<void> {
    // The save stays in flight while the merge loads, so nothing else is sent; what is typed meanwhile
    // joins `pending`, which is read only once it has loaded.
    const mergeReports = reply.report && this.pending ? await this.merge() : undefined;
    this.inFlight = false;
    // Without the merge the server's text cannot be taken in: as if no reply had come, the save goes
    // again with its id, and the server answers with the text it stored.
    if (mergeReports === null) return this.retryLater({ kind: 'retrying', message: MERGE_UNAVAILABLE });
    this.unconfirmed = null;
    this.version = reply.version;
    this.held = reply.report ?? attempt.report;
    this.journal.acknowledged(attempt.report, this.held, reply.version);
    if (reply.report) {
      // The server merged this save with others' text. What was typed meanwhile continues the text
      // sent, so it is merged onto the server's text against that (with anything typed, the merge was
      // loaded above).
      const typed = this.pending;
      const merged = typed ? mergeReports!(attempt.report, typed, this.held) : null;
      if (typed && merged && merged.conflicts.length > 0) {
        this.conflict({ base: attempt.report, mine: typed, theirs: this.held, version: reply.version, source: 'server' });
        return this.settle(false);
      }
      const onScreen = merged?.report ?? this.held;
      this.adopt(onScreen);
      this.pending = sameText(onScreen, this.held) ? null : onScreen;
      if (this.pending) this.journal.record(this.pending, this.version, this.held);
      // What was typed meanwhile merged into exactly what the server holds: it is acknowledged too.
      else if (typed) this.journal.acknowledged(typed, this.held, this.version);
    }
    // A clash found here while this save was on its way: the clerk's choice comes first.
    if (this.blocked) return this.settle(false);
    if (this.pending) return void this.run();
    this.setState({ kind: 'saved', at: reply.updatedAt });
    this.settle(true);
  }
}
