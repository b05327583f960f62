'use client';

import { useEffect, useMemo, useRef, useState } from 'react';
import { mergeReports, type TMergeChoice, type TMergeConflict } from '@/lib/report/merge-reports';
import type { TTemplate } from '@/lib/template/schema';
import { BUTTON } from '@/components/ui/button-classes';
import { InlineError } from '@/components/ui/inline-error';
import { conflictPlace } from './conflict-place';
import { TextDiff } from './text-diff';
import type { TConflict } from './use-autosave';
import type { TListedConflict } from './use-report-editor';

type TProps = {
  conflict: TConflict;
  template: TTemplate;
  /** True once the chosen text is saved (or, restoring, on screen). */
  onResolve: (choices: Record<string, TMergeChoice>) => Promise<boolean>;
  /** Told where the first place is, for the save status. */
  onListed: (listed: TListedConflict) => void;
};

type TChoicesProps = Pick<TProps, 'template' | 'onResolve'> & { source: TConflict['source']; conflicts: TMergeConflict[] };

/** The words for each side: against the server's newer text, or, restoring unsent text, against the text on screen. */
const SIDES = {
  server: { mine: '您的修改', theirs: '对方保存的内容', useMine: '用我的', useTheirs: '用对方的' },
  journal: { mine: '未保存的修改', theirs: '现在的内容', useMine: '用未保存的修改', useTheirs: '用现在的内容' },
} as const;

const text = (value: string | number | readonly string[] | undefined) => (Array.isArray(value) ? value.join('\n') : String(value ?? ''));

function choiceLabel(conflict: TMergeConflict, choice: TMergeChoice, words: (typeof SIDES)[keyof typeof SIDES]): string {
  if (choice === 'both') return '两份都保留（我的在前）';
  if (conflict.kind === 'section' && conflict.reason === 'deleted') return conflict[choice] === null ? '删除这一节' : '保留这一节';
  return choice === 'mine' ? words.useMine : words.useTheirs;
}

function Comparison({ conflict, words }: { conflict: TMergeConflict; words: (typeof SIDES)[keyof typeof SIDES] }) {
  if (conflict.kind === 'field') return <TextDiff mine={text(conflict.mine)} theirs={text(conflict.theirs)} mineTitle={words.mine} theirsTitle={words.theirs} />;
  const { mine, theirs } = conflict;
  if (conflict.reason === 'deleted') {
    const kept = mine ?? theirs;
    return (
      <div>
        <p className="mb-2">{mine === null ? `${words.mine}删除了这一节，${words.theirs}修改了它：` : `${words.theirs}删除了这一节，${words.mine}修改了它：`}</p>
        <div className="whitespace-pre-wrap rounded bg-gray-50 p-3 text-sm leading-7">{[kept?.heading, kept?.body].filter(Boolean).join('\n')}</div>
      </div>
    );
  }
  return (
    <div className="flex flex-col gap-2">
      {mine!.heading !== theirs!.heading ? <TextDiff mine={mine!.heading} theirs={theirs!.heading} mineTitle={`${words.mine}（小标题）`} theirsTitle={`${words.theirs}（小标题）`} /> : null}
      {mine!.body !== theirs!.body ? <TextDiff mine={mine!.body} theirs={theirs!.body} mineTitle={words.mine} theirsTitle={words.theirs} /> : null}
    </div>
  );
}

/**
 * The places where two texts differ on both sides, for the clerk to choose: against the server's newer
 * text after a save, or against the text on screen when restoring unsent text from the journal.
 */
export function ConflictPanel({ conflict, template, onResolve, onListed }: TProps) {
  const conflicts = useMemo(() => mergeReports(conflict.base, conflict.mine, conflict.theirs).conflicts, [conflict]);
  useEffect(() => {
    if (conflicts[0]) onListed({ conflict, place: conflictPlace(conflicts[0], template), count: conflicts.length });
  }, [conflict, conflicts, template, onListed]);
  // The same places, though another conflict came, keep the choices made.
  return <ConflictChoices key={conflicts.map((c) => c.key).join()} source={conflict.source} conflicts={conflicts} template={template} onResolve={onResolve} />;
}

/**
 * The places both sides changed, one by one: where each is (part and section, or basic field), the two
 * texts side by side with the differences marked, and a choice for each. Nothing is saved until every
 * place has a choice; the clerk's text stays on screen and in the journal meanwhile.
 */
function ConflictChoices({ source, conflicts, template, onResolve }: TChoicesProps) {
  const [choices, setChoices] = useState<Record<string, TMergeChoice>>({});
  const [missing, setMissing] = useState<string[]>([]);
  const [busy, setBusy] = useState(false);
  const root = useRef<HTMLElement>(null);
  const words = SIDES[source];

  const submit = async () => {
    const unanswered = conflicts.filter((c) => !choices[c.key]).map((c) => c.key);
    setMissing(unanswered);
    if (unanswered.length > 0) {
      root.current?.querySelector<HTMLInputElement>(`fieldset[data-key="${CSS.escape(unanswered[0]!)}"] input`)?.focus();
      return;
    }
    setBusy(true);
    await onResolve(choices);
    setBusy(false);
  };

  return (
    <section ref={root} id="conflict" aria-labelledby="conflict-heading" className="mb-4 rounded border-4 border-red-700 bg-white p-4" data-testid="conflict">
      {/* Only the heading and the explanation are announced when the panel appears, not every text compared. */}
      <div role="alert">
        <h2 id="conflict-heading" className="text-lg font-bold">
          {source === 'server' ? `保存冲突：有 ${conflicts.length} 处在其他窗口或由其他人修改过` : `恢复未保存的修改：有 ${conflicts.length} 处与现在的内容不同`}
        </h2>
        <p className="text-sm">
          {source === 'server'
            ? '其他地方的修改已经合并。下面这些地方双方都改过：您的文字没有丢失，对方的文字也没有被覆盖。请逐处选择保留哪一份，被替换的文字会保存在“历史版本”中。'
            : '其他地方已经合并。下面这些地方两边都改过，请逐处选择保留哪一份。'}
        </p>
      </div>
      {missing.length > 0 ? (
        <p className="mt-2 font-bold text-red-700" role="alert">
          还有 {missing.length} 处没有选择。
        </p>
      ) : null}
      {conflicts.map((conflict) => {
        const place = conflictPlace(conflict, template);
        const errorId = `conflict-error-${conflict.key}`;
        const error = missing.includes(conflict.key) ? `请为“${place}”选择保留哪一份` : undefined;
        return (
          <fieldset key={conflict.key} data-testid="conflict-item" data-key={conflict.key} aria-describedby={error ? errorId : undefined} className="mt-4 rounded border border-gray-300 p-3">
            <legend className="px-1 font-bold">{place}</legend>
            <Comparison conflict={conflict} words={words} />
            <InlineError id={errorId} message={error} />
            <div className="mt-2 flex flex-wrap gap-4">
              {conflict.choices.map((choice) => (
                <label key={choice} className="flex items-center gap-2">
                  <input
                    type="radio"
                    name={`choice-${conflict.key}`}
                    checked={choices[conflict.key] === choice}
                    onChange={() => {
                      setChoices((c) => ({ ...c, [conflict.key]: choice }));
                      setMissing((m) => m.filter((k) => k !== conflict.key));
                    }}
                  />
                  {choiceLabel(conflict, choice, words)}
                </label>
              ))}
            </div>
          </fieldset>
        );
      })}
      <button type="button" className={`${BUTTON.primary} mt-4`} disabled={busy} onClick={() => void submit()}>
        {busy ? '正在保存…' : '保存选择'}
      </button>
    </section>
  );
}
