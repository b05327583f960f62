import type { CSSProperties } from 'react';
import type { TCell, TLineKind, TPreviewLine, TPreviewPage } from '@/lib/preview/layout-pages';

// The fonts GB/T 9704 names, then what Windows, macOS and Linux ship in their place.
const FANGSONG = '"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif';
const TITLE_FONT = '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "Noto Serif CJK SC", serif';
const KAI = '"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif';
const HEI = '"黑体", "SimHei", "Noto Sans CJK SC", sans-serif';
const FONTS: Partial<Record<TLineKind, CSSProperties>> = {
  colophon: { fontSize: '14pt', letterSpacing: 0 },
  title: { fontFamily: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "Noto Serif CJK SC", serif', fontSize: '22pt', letterSpacing: 0 },
  h1: { fontFamily: HEI },
  annexLabel: { fontFamily: HEI },
  tableHead: { fontFamily: HEI },
  h2: { fontFamily: KAI },
  h3: { fontWeight: 700 },
};

/** 15.75 pt: one character of the 28-character line (16 pt condensed by 0.25 pt). */
const CHAR_PT = 15.75;

const RULES = { thick: '1pt solid #000', thin: '0.75pt solid #000', red: '1.5pt solid #e00' } as const;

/** A piece of a line placed by its left or right edge or its centre, in characters of the grid. */
function Cell({ cell }: { cell: TCell }) {
  const style: CSSProperties = 'left' in cell.at ? { left: `${cell.at.left * CHAR_PT}pt` } : 'right' in cell.at ? { right: `${cell.at.right * CHAR_PT}pt` } : { left: `${cell.at.centre * CHAR_PT}pt`, transform: 'translateX(-50%)' };
  return (
    <span className="absolute top-0" style={{ ...style, fontFamily: cell.font === 'kai' ? KAI : undefined }}>
      {cell.text}
    </span>
  );
}

/** 发文机关标志: red, set from 35 mm below the top of the text block; joint issuers stacked with 文件 beside them. */
function Mark({ mark }: { mark: NonNullable<TPreviewLine['mark']> }) {
  const lineHeight = `${mark.size * 1.25}pt`;
  return (
    <div className="absolute inset-x-0 flex items-center justify-center" style={{ top: '35mm', color: '#e00', fontFamily: TITLE_FONT, fontSize: `${mark.size}pt`, lineHeight, letterSpacing: 0 }}>
      <div style={{ textAlign: mark.file ? 'justify' : 'center', textAlignLast: mark.file ? 'justify' : undefined }}>
        {mark.lines.map((line, i) => (
          <div key={i}>{line}</div>
        ))}
      </div>
      {mark.file ? <div className="ml-[0.5em]">文件</div> : null}
    </div>
  );
}

/** One A4 sheet at true size: the 156 x 225 mm block of 22 lines at 28.95 pt, and the page number. */
export function PageSheet({ page }: { page: TPreviewPage }) {
  const odd = page.number % 2 === 1;
  return (
    <section className="sheet relative mx-auto mb-6 bg-white shadow-md" style={{ width: '210mm', height: '297mm' }} aria-label={`第 ${page.number} 页`} data-testid="preview-page">
      <div className="absolute" style={{ top: '37mm', left: '28mm', width: '156mm', height: '225mm', fontFamily: FANGSONG, fontSize: '16pt', letterSpacing: '-0.25pt' }}>
        {page.lines.map((line, i) => (
          <div
            key={i}
            data-kind={line.kind}
            className={line.cells || line.mark || line.columnEdges ? 'relative' : undefined}
            style={{
              borderTop: line.rules?.above ? RULES[line.rules.above] : undefined,
              borderBottom: line.rules?.below ? RULES[line.rules.below] : undefined,
              boxSizing: 'border-box',
              height: '28.95pt',
              lineHeight: '28.95pt',
              whiteSpace: 'pre',
              overflow: 'visible',
              paddingLeft: `${line.indent * CHAR_PT}pt`,
              paddingRight: `${line.rightIndent * CHAR_PT}pt`,
              textAlign: line.align,
              textAlignLast: line.align === 'justify' ? 'justify' : undefined,
              ...FONTS[line.kind],
            }}
          >
            {line.text}
            {line.cells?.map((cell, j) => <Cell key={j} cell={cell} />)}
            {line.columnEdges?.map((edge, j) => (
              <span key={`edge-${j}`} aria-hidden="true" className="absolute inset-y-0" style={{ left: `${edge * CHAR_PT}pt`, borderLeft: RULES.thin }} />
            ))}
            {line.mark ? <Mark mark={line.mark} /> : null}
          </div>
        ))}
      </div>
      {page.numbered ? (
      <div
        className="absolute"
        data-testid="page-number"
        style={{ top: '269mm', fontFamily: '"宋体", "SimSun", "Noto Serif CJK SC", serif', fontSize: '14pt', ...(odd ? { right: 'calc(26mm + 14pt)' } : { left: 'calc(28mm + 14pt)' }) }}
      >
        — {page.number} —
      </div>
      ) : null}
    </section>
  );
}
