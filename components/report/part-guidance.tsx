import type { TTemplatePart } from '@/lib/template/schema';

const BLOCKS = [
  ['asks', '规定要求'],
  ['reviewers', '审核时看什么'],
  ['avoid', '避免'],
] as const;

/** The template's guidance for a part, collapsible so it does not push the editor down on every visit. */
export function PartGuidance({ part }: { part: TTemplatePart }) {
  return (
    <details open className="mb-6 rounded border-l-4 border-accent bg-white p-4">
      <summary className="cursor-pointer font-bold">写作指引</summary>
      {BLOCKS.map(([key, title]) =>
        part.guidance[key].length > 0 ? (
          <div key={key} className="mt-2">
            <h3 className="font-bold">{title}</h3>
            <ul className="list-disc pl-6">
              {part.guidance[key].map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </div>
        ) : null,
      )}
    </details>
  );
}
