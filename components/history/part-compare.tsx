/** One part of a kept version beside the current text, lines that differ marked on each side. */
export function PartCompare({ label, then, now }: { label: string; then: string; now: string }) {
  const thenLines = then.split('\n');
  const nowLines = now.split('\n');
  const inNow = new Set(nowLines);
  const inThen = new Set(thenLines);
  const column = (title: string, lines: string[], other: Set<string>) => (
    <div className="rounded bg-white p-4">
      <h3 className="font-bold">{title}</h3>
      {lines.map((line, i) => (
        <p key={i} className={`mt-1 text-sm leading-6 ${other.has(line) ? '' : 'bg-amber-100'}`}>
          {line || ' '}
        </p>
      ))}
    </div>
  );
  return (
    <section aria-label={`对比：${label}`} className="mb-6 grid gap-4 md:grid-cols-2" data-testid="compare">
      {column('该版本', thenLines, inNow)}
      {column('现在', nowLines, inThen)}
    </section>
  );
}
