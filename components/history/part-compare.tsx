type TSide = { title: string; text: string };

/** One part of a kept version beside the current text, each column named by its time, lines that differ
 * marked on each side; a part with no change says so instead. */
export function PartCompare({ label, then, now }: { label: string; then: TSide; now: TSide }) {
  if (then.text === now.text) {
    return (
      <p className="mb-6 rounded bg-white p-4" data-testid="compare">
        “{label}”无变化。
      </p>
    );
  }
  const thenLines = then.text.split('\n');
  const nowLines = now.text.split('\n');
  const column = ({ title }: TSide, lines: string[], other: Set<string>) => (
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
      {column(then, thenLines, new Set(nowLines))}
      {column(now, nowLines, new Set(thenLines))}
    </section>
  );
}
