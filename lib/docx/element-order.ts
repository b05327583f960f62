/**
 * The order ISO/IEC 29500 gives the children of a paragraph's and a run's properties (CT_PPrBase + its
 * tail, CT_RPr). Word refuses a file whose properties stand out of this order; LibreOffice forgives it.
 */
export const SCHEMA_ORDER: Record<'pPr' | 'rPr', readonly string[]> = {
  pPr: [
    'pStyle', 'keepNext', 'keepLines', 'pageBreakBefore', 'framePr', 'widowControl', 'numPr', 'suppressLineNumbers', 'pBdr', 'shd', 'tabs',
    'suppressAutoHyphens', 'kinsoku', 'wordWrap', 'overflowPunct', 'topLinePunct', 'autoSpaceDE', 'autoSpaceDN', 'bidi', 'adjustRightInd',
    'snapToGrid', 'spacing', 'ind', 'contextualSpacing', 'mirrorIndents', 'suppressOverlap', 'jc', 'textDirection', 'textAlignment',
    'textboxTightWrap', 'outlineLvl', 'divId', 'cnfStyle', 'rPr', 'sectPr', 'pPrChange',
  ],
  rPr: [
    'rStyle', 'rFonts', 'b', 'bCs', 'i', 'iCs', 'caps', 'smallCaps', 'strike', 'dstrike', 'outline', 'shadow', 'emboss', 'imprint', 'noProof',
    'snapToGrid', 'vanish', 'webHidden', 'color', 'spacing', 'w', 'kern', 'position', 'sz', 'szCs', 'highlight', 'u', 'effect', 'bdr', 'shd',
    'fitText', 'vertAlign', 'rtl', 'cs', 'em', 'lang', 'eastAsianLayout', 'specVanish', 'oMath', 'rPrChange',
  ],
};

const NAME = /<w:(\w+)/y;

/** The top-level children of an element's inner XML, as [name, start offset] pairs: a linear scan that
 * follows nesting by its tags. */
export function childElements(inner: string): Array<{ name: string; at: number }> {
  const children: Array<{ name: string; at: number }> = [];
  let depth = 0;
  for (let at = inner.indexOf('<'); at >= 0; at = inner.indexOf('<', at + 1)) {
    if (inner.startsWith('</', at)) depth -= 1;
    else {
      NAME.lastIndex = at;
      const name = NAME.exec(inner)?.[1];
      if (name === undefined) continue;
      if (depth === 0) children.push({ name, at });
      const end = inner.indexOf('>', at);
      if (inner[end - 1] !== '/') depth += 1;
    }
  }
  return children;
}

/** Inner XML of a properties element with `element` (one `<w:name …/>`) inserted where the schema puts it. */
export function insertInSchemaOrder(kind: keyof typeof SCHEMA_ORDER, inner: string, element: string): string {
  const order = SCHEMA_ORDER[kind];
  const rank = order.indexOf(/^<w:(\w+)/.exec(element)?.[1] ?? '');
  if (rank < 0) throw new Error(`${element} is not a child of w:${kind}`);
  const after = childElements(inner).find((c) => order.indexOf(c.name) > rank);
  const at = after ? after.at : inner.length;
  return inner.slice(0, at) + element + inner.slice(at);
}
