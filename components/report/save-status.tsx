import type { TSaveState } from './use-autosave';

const TEXT = { saved: '已保存', saving: '正在保存…', retrying: '保存失败，正在重试', offline: '离线，已暂存', conflict: '保存冲突', failed: '保存失败' } as const;

/** The autosave state, always visible and announced politely to screen readers. */
export function SaveStatus({ state }: { state: TSaveState }) {
  const bad = state.kind === 'retrying' || state.kind === 'failed' || state.kind === 'conflict';
  return (
    <p role="status" aria-live="polite" data-testid="save-status" data-state={state.kind} className={`text-sm ${bad ? 'font-bold text-red-700' : 'text-gray-700'}`}>
      {TEXT[state.kind]}
      {bad ? `：${state.message}` : ''}
    </p>
  );
}
