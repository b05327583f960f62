'use client';

import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { shortUnitName } from '@/lib/report/new-report';
import type { TBasics } from '@/lib/report/schema';
import { printedTitleLines } from '@/lib/report/title-lines';
import { BUTTON } from '@/components/ui/button-classes';

/** The title as it will print, line by line, and 调整换行 to set the breaks by hand. */
export function TitleLinesField() {
  const { control, setValue } = useFormContext<TBasics>();
  const [title, chosen, unit, unitKind] = useWatch({ control, name: ['title', 'titleLines', 'unit', 'unitKind'] });
  const [editing, setEditing] = useState(false);
  const lines = printedTitleLines(title, chosen, [unit, shortUnitName(unit, unitKind)]);
  const custom = chosen !== undefined && chosen.length > 0;
  const stale = custom && lines !== chosen;

  return (
    <div className="mt-3 rounded bg-gray-50 p-3">
      <p className="text-sm text-gray-700">{custom && !stale ? '打印时的标题（按您的换行）：' : '打印时的标题（自动按词语换行，上短下长）：'}</p>
      <div className="my-1 text-center text-xl" data-testid="title-lines">
        {lines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
      {stale ? <p className="text-sm text-gray-700">您的换行与现在的标题文字不一致，已改用自动换行。</p> : null}
      {editing ? (
        <div>
          <label htmlFor="titleLines" className="block text-sm font-bold">
            调整换行：每行一段，文字须与标题一致
          </label>
          <textarea
            id="titleLines"
            rows={3}
            className="mt-1 block w-full rounded border-2 border-gray-700 bg-white px-2 py-1 text-base"
            defaultValue={lines.join('\n')}
            onChange={(e) => setValue('titleLines', e.target.value.split('\n').filter((l) => l.trim()), { shouldDirty: true })}
          />
        </div>
      ) : null}
      <div className="mt-2 flex gap-2">
        <button type="button" className={BUTTON.small} onClick={() => setEditing(!editing)}>
          {editing ? '完成调整' : '调整换行'}
        </button>
        {custom ? (
          <button
            type="button"
            className={BUTTON.small}
            onClick={() => {
              setValue('titleLines', undefined, { shouldDirty: true });
              setEditing(false);
            }}
          >
            恢复自动换行
          </button>
        ) : null}
      </div>
    </div>
  );
}
