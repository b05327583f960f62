import type { CSSProperties } from 'react';
import type { TLineKind, TPreviewPage } from '@/lib/preview/layout-pages';

// The fonts GB/T 9704 names, then what Windows, macOS and Linux ship in their place.
const FANGSONG = '"仿宋_GB2312", "FangSong_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", serif';
const FONTS: Partial<Record<TLineKind, CSSProperties>> = {
  title: { fontFamily: '"方正小标宋简体", "FZXiaoBiaoSong-B05S", "华文中宋", "STZhongsong", "Noto Serif CJK SC", serif', fontSize: '22pt', letterSpacing: 0 },
  h1: { fontFamily: '"黑体", "SimHei", "Noto Sans CJK SC", sans-serif' },
  h2: { fontFamily: '"楷体_GB2312", "KaiTi_GB2312", "楷体", "KaiTi", "STKaiti", "Noto Serif CJK SC", serif' },
  h3: { fontWeight: 700 },
};

/** 15.75 pt: one character of the 28-character line (16 pt condensed by 0.25 pt). */
const CHAR_PT = 15.75;

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
            style={{
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
          </div>
        ))}
      </div>
      <div
        className="absolute"
        data-testid="page-number"
        style={{ top: '269mm', fontFamily: '"宋体", "SimSun", "Noto Serif CJK SC", serif', fontSize: '14pt', ...(odd ? { right: 'calc(26mm + 14pt)' } : { left: 'calc(28mm + 14pt)' }) }}
      >
        — {page.number} —
      </div>
    </section>
  );
}
