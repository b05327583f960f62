import type { TTemplate } from '@/lib/template/schema';
import { conflictPlace } from './conflict-place';
import type { TSaveState } from './use-autosave';
import type { TOpenConflict } from './use-report-editor';

const TEXT = { saved: '已保存', saving: '正在保存…', retrying: '保存失败，正在重试', offline: '离线，已暂存', conflict: '有冲突', failed: '未保存' } as const;

type TProps = { state: TSaveState; conflict?: TOpenConflict | null; template?: TTemplate };

/** The autosave state, always visible and announced politely to screen readers: 已保存 only while the
 * server holds the text on screen; a conflict says where, with a link to the choice. */
export function SaveStatus({ state, conflict, template }: TProps) {
  const bad = state.kind === 'retrying' || state.kind === 'failed' || state.kind === 'conflict';
  const first = state.kind === 'conflict' && conflict && template ? conflict.conflicts[0] : undefined;
  return (
    <p role="status" aria-live="polite" data-testid="save-status" data-state={state.kind} className={`text-sm ${bad ? 'font-bold text-red-700' : 'text-gray-700'}`}>
      {TEXT[state.kind]}
      {first && template ? (
        <>
          ：{conflictPlace(first, template)}
          {conflict!.conflicts.length > 1 ? ` 等 ${conflict!.conflicts.length} 处` : ''}{' '}
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
