import type { TSaveState } from './use-autosave';
import type { TListedConflict } from './use-report-editor';

const TEXT = { saved: '已保存', saving: '正在保存…', retrying: '保存失败，正在重试', offline: '离线，已暂存', conflict: '有冲突', failed: '未保存' } as const;

type TProps = { state: TSaveState; listed: TListedConflict | null };

/** The autosave state, always visible and announced politely to screen readers: 已保存 only while the
 * server holds the text on screen; a conflict says where, with a link to the choice. */
export function SaveStatus({ state, listed }: TProps) {
  const bad = state.kind === 'retrying' || state.kind === 'failed' || state.kind === 'conflict';
  const conflict = state.kind === 'conflict' ? listed : null;
  return (
    <p role="status" aria-live="polite" data-testid="save-status" data-state={state.kind} className={`text-sm ${bad ? 'font-bold text-red-700' : 'text-gray-700'}`}>
      {TEXT[state.kind]}
      {conflict ? (
        <>
          ：{conflict.place}
          {conflict.count > 1 ? ` 等 ${conflict.count} 处` : ''}{' '}
          <a href="#conflict" className="underline">
            去选择
          </a>
        </>
      ) : bad ? (
        `：${state.message}`
      ) : (
        ''
      )}
    </p>
  );
}
