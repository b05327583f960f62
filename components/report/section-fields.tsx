'use client';

import type { KeyboardEvent } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import type { TSection } from '@/lib/report/schema';
import { LIMITS } from '@/lib/report/limits';
import type { TPartStart } from '@/lib/report/numbering';
import { BUTTON } from '@/components/ui/button-classes';
import { InlineError } from '@/components/ui/inline-error';
import type { TPartForm } from './part-form-values';
import { SectionFindings } from './section-findings';
import { SectionList, type TListName } from './section-list';
import { useSectionErrors } from './section-errors';

export type TDeleted = { section: TSection; restore: () => void };

type TProps = {
  name: TListName;
  index: number;
  count: number;
  level: number;
  start: TPartStart;
  label: string;
  levelName: string;
  onMove: (to: number) => void;
  onDelete: (section: TSection) => void;
  onDeleteChild: (deleted: TDeleted) => void;
  /** Takes this section up a level, after its parent; none at a part's own level. */
  onLift?: (section: TSection) => void;
  /** Puts a section lifted from this section's sub-sections right after this one; none when this
   * section's list is full. */
  onLiftChild?: (section: TSection) => void;
};

const TEXTAREA = 'mt-1 block w-full rounded border-2 border-gray-700 bg-white px-2 py-1.5 text-base leading-7 grow-with-content min-h-28';

/** One section: its heading, its paragraphs, its controls, and the level below it. */
export function SectionFields({ name, index, count, level, start, label, levelName, onMove, onDelete, onDeleteChild, onLift, onLiftChild }: TProps) {
  const { register, getValues, control } = useFormContext<TPartForm>();
  const path = `${name}.${index}` as const;
  const [sectionId, heading, children] = useWatch({ control, name: [`${path}.id`, `${path}.heading`, `${path}.children`] });
  const errors = useSectionErrors(sectionId);
  const headingId = `h-${sectionId}`;
  const bodyId = `b-${sectionId}`;
  const shown = heading.trim() || '（无小标题）';

  const onHeadingKey = (event: KeyboardEvent<HTMLInputElement>) => {
    // Enter that confirms an IME candidate must never act; a plain Enter goes on to the paragraphs.
    if (event.nativeEvent.isComposing || event.keyCode === 229) return;
    if (event.key === 'Enter') {
      event.preventDefault();
      document.getElementById(bodyId)?.focus();
    } else if (event.altKey && event.key === 'ArrowUp' && index > 0) {
      event.preventDefault();
      onMove(index - 1);
    } else if (event.altKey && event.key === 'ArrowDown' && index < count - 1) {
      event.preventDefault();
      onMove(index + 1);
    }
  };

  return (
    <li className="rounded border border-gray-300 bg-white p-3" data-testid="section" data-level={level}>
      <label htmlFor={headingId} className="block text-sm font-bold text-gray-700">
        {levelName}小标题
        {label ? <span className="sr-only">，编号{label}</span> : <span className="font-normal">（不填则不编号，正文接在上一节之后）</span>}
      </label>
      <InlineError id={`${headingId}-error`} message={errors.heading} />
      <div className="mt-1 flex items-center gap-2">
        <span aria-hidden="true" className="min-w-12 whitespace-nowrap text-right font-bold" data-testid="section-label">
          {label}
        </span>
        <input
          id={headingId}
          className={`block w-full rounded border-2 px-2 py-1.5 text-base ${level === 1 ? 'font-bold' : ''} ${errors.heading ? 'border-red-700' : 'border-gray-700'}`}
          aria-invalid={!!errors.heading}
          aria-describedby={errors.heading ? `${headingId}-error` : undefined}
          aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
          onKeyDown={onHeadingKey}
          {...register(`${path}.heading`)}
        />
      </div>
      <label htmlFor={bodyId} className="mt-2 block text-sm font-bold text-gray-700">
        正文（每行一段）
      </label>
      <InlineError id={`${bodyId}-error`} message={errors.body} />
      <textarea
        id={bodyId}
        rows={4}
        className={TEXTAREA}
        aria-invalid={!!errors.body}
        aria-describedby={errors.body ? `${bodyId}-error` : undefined}
        {...register(`${path}.body`)}
      />
      <SectionFindings sectionId={sectionId} />
      <div className="mt-2 flex flex-wrap gap-2" role="group" aria-label={`“${shown}”的操作`}>
        <button type="button" className={BUTTON.small} disabled={index === 0} onClick={() => onMove(index - 1)}>
          上移<span className="sr-only">“{shown}”</span>
        </button>
        <button type="button" className={BUTTON.small} disabled={index === count - 1} onClick={() => onMove(index + 1)}>
          下移<span className="sr-only">“{shown}”</span>
        </button>
        {onLift ? (
          <button type="button" className={BUTTON.small} onClick={() => onLift(getValues(path))}>
            提升一级<span className="sr-only">“{shown}”</span>
          </button>
        ) : null}
        <button type="button" className={BUTTON.danger} onClick={() => onDelete(getValues(path))}>
          删除<span className="sr-only">“{shown}”</span>
        </button>
      </div>
      {start.level + level - 1 < LIMITS.depth || children.length > 0 ? (
        <div className="mt-3">
          <SectionList
            name={`${path}.children` as TListName}
            level={level + 1}
            start={{ level: start.level, firstNumber: 1 }}
            parentHeading={shown}
            onDelete={onDeleteChild}
            onLift={onLiftChild}
          />
        </div>
      ) : null}
    </li>
  );
}
