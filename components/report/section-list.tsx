'use client';

import { useFieldArray, useFormContext, useWatch, type FieldArrayPath } from 'react-hook-form';
import { headingLabel, type TPartStart } from '@/lib/report/numbering';
import { newId } from '@/lib/report/new-id';
import { LIMITS } from '@/lib/report/limits';
import type { TSection } from '@/lib/report/schema';
import { BUTTON } from '@/components/ui/button-classes';
import type { TPartForm } from './part-form-values';
import { SectionFields, type TDeleted } from './section-fields';

export type TListName = FieldArrayPath<TPartForm>;

const LEVEL_NAMES = ['一级', '二级', '三级', '四级'];

type TProps = {
  name: TListName;
  /** Depth in the part's outline: 1 for the part's own list. */
  level: number;
  /** The printed level and number of this list's first heading. */
  start: TPartStart;
  parentHeading?: string;
  suggestions?: string[];
  /** The id of the first way to add content (a part's error links land there): the first suggested
   * topic, or the add button when there is none. */
  firstAddId?: string;
  onDelete: (deleted: TDeleted) => void;
  /** Takes a section of this list up a level, to stand right after its parent (none for a part's list). */
  onLift?: (section: TSection) => void;
};

function focusLater(id: string) {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** One level of the outline: its sections with generated numbers, and the buttons that add to it. */
export function SectionList({ name, level, start, parentHeading, suggestions, firstAddId, onDelete, onLift }: TProps) {
  const { control } = useFormContext<TPartForm>();
  const { fields, append, remove, move, insert } = useFieldArray({ control, name, keyName: 'key' });
  const values = (useWatch({ control, name }) ?? []) as Array<{ heading: string }>;
  const printed = start.level + level - 1;
  let next = start.firstNumber;
  const labels = values.map((s) => (s.heading.trim() ? headingLabel(printed, next++) : ''));
  const full = fields.length >= LIMITS.sectionsPerList;
  // Deeper than 公文's four heading levels (a flat report switched to the five parts): shown so that each
  // section can be lifted, never added to.
  const tooDeep = printed > LIMITS.depth;
  const headings = new Set(values.map((s) => s.heading.trim()));

  const add = (heading = '') => {
    const id = newId();
    append({ id, heading, body: '', children: [] });
    focusLater(heading ? `b-${id}` : `h-${id}`);
  };

  return (
    <div className={level > 1 ? 'ml-4 border-l-2 border-gray-200 pl-4' : ''}>
      {tooDeep && fields.length > 0 ? (
        <p className="mb-2 rounded border-2 border-red-700 bg-white p-2 text-red-700">
          以下小节超出了公文的四级标题（一、（一）1.（1））。请把它们逐一“提升一级”，或在基本信息中改用“小标题直接作为一级标题”的结构。
        </p>
      ) : null}
      {fields.length > 0 ? (
        <ol className="list-none space-y-4 p-0">
          {fields.map((field, index) => (
            <SectionFields
              key={field.id}
              name={name}
              index={index}
              count={fields.length}
              level={level}
              start={start}
              label={labels[index] ?? ''}
              levelName={LEVEL_NAMES[printed - 1] ?? ''}
              onMove={(to) => {
                move(index, to);
                focusLater(`h-${field.id}`);
              }}
              onDelete={(section) => {
                remove(index);
                // The removed section is put back into the list it came from; the list's level type is
                // a union over four levels that TypeScript cannot narrow here (the linter disagrees).
                // eslint-disable-next-line @typescript-eslint/no-unnecessary-type-assertion
                onDelete({ section, restore: () => insert(index, section as never) });
              }}
              onDeleteChild={onDelete}
              onLift={
                onLift
                  ? (section) => {
                      remove(index);
                      onLift(section);
                    }
                  : undefined
              }
              // A full list takes no more: its sub-sections cannot be lifted into it.
              onLiftChild={
                full
                  ? undefined
                  : (section) => {
                      // The form types each level apart; a lifted section's children are one level shallower than they were.
                      const lifted = section as TPartForm['sections'][number];
                      insert(index + 1, lifted);
                      focusLater(`h-${section.id}`);
                    }
              }
            />
          ))}
        </ol>
      ) : null}
      {suggestions && suggestions.length > 0 ? (
        <div className="mt-4">
          <h3 className="font-bold">推荐小标题</h3>
          <p className="text-sm text-gray-700">点击即可添加为一节，添加后可以修改。</p>
          <ul className="mt-1 flex list-none flex-wrap gap-2 p-0">
            {suggestions.map((topic, i) => (
              <li key={topic}>
                <button type="button" id={i === 0 ? firstAddId : undefined} className={BUTTON.small} disabled={full || headings.has(topic)} onClick={() => add(topic)}>
                  ＋ {topic}
                  {headings.has(topic) ? <span className="sr-only">（已添加）</span> : null}
                </button>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {tooDeep ? null : (
        <button
          type="button"
          id={suggestions && suggestions.length > 0 ? undefined : firstAddId}
          className={`${level === 1 ? BUTTON.secondary : BUTTON.small} mt-3`}
          disabled={full}
          onClick={() => add()}
        >
          {/* Named by the level it adds: a section with a sub-section shows the buttons of two levels. */}
          {level === 1 ? '添加一节' : `添加${LEVEL_NAMES[printed - 1]}小节`}
          {parentHeading ? <span className="sr-only">（在“{parentHeading}”下）</span> : null}
        </button>
      )}
    </div>
  );
}
