import { charDiff, type TDiffPiece } from '@/lib/text/char-diff';

/** One side of a comparison: the text, with what only this side has marked (and said in words for
 * screen readers, never by colour alone). */
function Side({ title, pieces, own }: { title: string; pieces: TDiffPiece[]; own: TDiffPiece['kind'] }) {
  return (
    <div className="rounded bg-gray-50 p-3">
      <h4 className="mb-1 text-sm font-bold">{title}</h4>
      <p className="whitespace-pre-wrap text-sm leading-7">
        {pieces.map((piece, i) =>
          piece.kind === 'same' ? (
            <span key={i}>{piece.text}</span>
          ) : piece.kind === own ? (
            <mark key={i} className="bg-amber-200 font-bold text-gray-900 underline decoration-2">
              <span className="sr-only">（仅此处有：</span>
              {piece.text}
              <span className="sr-only">）</span>
            </mark>
          ) : null,
        )}
      </p>
    </div>
  );
}

/** Two texts side by side, the differences marked character by character (a Chinese character is a word). */
export function TextDiff({ mine, theirs, mineTitle, theirsTitle }: { mine: string; theirs: string; mineTitle: string; theirsTitle: string }) {
  const pieces = charDiff(theirs, mine);
  return (
    <div className="grid gap-3 md:grid-cols-2">
      <Side title={mineTitle} pieces={pieces} own="added" />
      <Side title={theirsTitle} pieces={pieces} own="removed" />
    </div>
  );
}
