import { numberSections, type TPartStart } from '@/lib/report/numbering';
import type { TPart } from '@/lib/report/schema';

type TProps = { part: TPart; start: TPartStart; why: string };

/** A part's text to read where the unit may not change it (已报送, 已通过, or a reviewer reading), numbered as it prints. */
export function ReadOnlyPart({ part, start, why }: TProps) {
  const numbered = numberSections(part.sections, start.firstNumber, start.level);
  return (
    <article className="rounded bg-white p-6 leading-relaxed shadow-sm" data-testid="read-only-part" aria-describedby="read-only-why">
      <p id="read-only-why" className="mb-4 text-sm text-gray-700">
        {why}
      </p>
      {part.none ? <p>无。</p> : null}
      {numbered.map(({ section, level, label }) => (
        <div key={section.id} data-testid="read-only-section">
          {section.heading.trim() ? (
            <p className={`mt-4 mb-1 ${level <= 2 ? 'font-bold' : 'font-medium'}`}>
              {label}
              {section.heading}
            </p>
          ) : null}
          {section.body
            .split('\n')
            .filter((line) => line.trim())
            .map((line, i) => (
              <p key={i} className="mb-2 indent-8">
                {line}
              </p>
            ))}
        </div>
      ))}
    </article>
  );
}
