import { figureStatements, lastYearStated, type TStatement } from '../../figures/find-figures';
import { formatFigure, lastYearOf, tableInUse } from '../../figures/figure-rows';
import { getIndicators } from '../../figures/get-indicators';
import type { TCheckContext, TRule } from '../rule';
import type { TFinding, TTextUnit } from '../types';

type TStated = { unit: TTextUnit; statement: TStatement };

// Two rules read the same statements: the text is read once per run (units is made afresh for each).
const STATED = new WeakMap<TTextUnit[], TStated[]>();

/** Every figure the written text (导语, headings, paragraphs) states, with its place, in reading order. */
function statedFigures({ report, units }: TCheckContext): TStated[] {
  const known = STATED.get(units);
  if (known) return known;
  const read = figureStatements(getIndicators(report.unitKind));
  const stated = units
    .filter((u) => u.place.field === 'opening' || u.place.field === 'heading' || u.place.field === 'body')
    .flatMap((unit) => read(unit.text).map((statement) => ({ unit, statement })));
  STATED.set(units, stated);
  return stated;
}

function textFinding(ruleId: string, { unit, statement }: TStated, message: string): TFinding {
  return {
    ruleId,
    severity: '提示',
    message,
    place: { ...unit.place, start: statement.start, end: statement.end },
    excerpt: unit.text.slice(statement.start, statement.end),
  };
}

const nameOf = (context: TCheckContext, key: string) => getIndicators(context.report.unitKind).find((i) => i.key === key)!;

/** 提示: the text states a figure the 主要数据 table gives otherwise. A 提示, not an 错误: either may be the
 * one to correct. A sentence opening with 其中 gives a share of the whole, not the figure. */
export const figureContradiction: TRule = {
  id: 'figure-contradiction',
  title: '正文与主要数据表不一致',
  run: (context) =>
    // A report without a figure in its table has nothing to contradict: its text is not read again.
    (Object.values(context.report.figures).some((f) => f.value !== null) ? statedFigures(context) : []).flatMap((stated) => {
      const value = context.report.figures[stated.statement.key]?.value ?? null;
      if (value === null || value === stated.statement.value || stated.statement.sentence.startsWith('其中')) return [];
      const { name, unit } = nameOf(context, stated.statement.key);
      return [textFinding('figure-contradiction', stated, `正文写的是${formatFigure(stated.statement.value, unit)}，主要数据表是${formatFigure(value, unit)}（${name}），请核对。`)];
    }),
};

/** 提示: a part cites an indicator the table leaves empty, once per indicator. Silent until the clerk has
 * begun the table (see tableInUse). */
export const figureNotInTable: TRule = {
  id: 'figure-not-in-table',
  title: '正文中的指标未填入主要数据表',
  run: (context) => {
    if (!tableInUse(context.report.figures)) return [];
    const named = new Set<string>();
    return statedFigures(context).flatMap((stated) => {
      const { key } = stated.statement;
      const row = Object.hasOwn(context.report.figures, key) ? context.report.figures[key]! : null;
      if (stated.unit.place.part === null || named.has(key) || (row?.value ?? null) !== null) return [];
      named.add(key);
      const table = row?.confirmed ? '主要数据表中却标为不再填报' : '主要数据表中还没有填写';
      return [textFinding('figure-not-in-table', stated, `正文写了${nameOf(context, key).name}，${table}。`)];
    });
  },
};

/** 错误: a rate in the table outside 0–100 % cannot be true (the schema already refuses a negative figure). */
export const figureRate: TRule = {
  id: 'figure-rate',
  title: '比率超出0～100%',
  run: ({ report }) =>
    getIndicators(report.unitKind).flatMap((indicator): TFinding[] => {
      const value = Object.hasOwn(report.figures, indicator.key) ? report.figures[indicator.key]!.value : null;
      if (indicator.unit !== '%' || value === null || value <= 100) return [];
      return [
        {
          ruleId: 'figure-rate',
          severity: '错误',
          message: `主要数据表中“${indicator.name}”填的是${formatFigure(value, indicator.unit)}，比率应在0～100%之间。`,
          place: { part: null, field: 'figure', indicator: indicator.key },
          excerpt: indicator.name,
        },
      ];
    }),
};

/** 提示: this year's figure is last year's to the digit, the commonest trace of a figure left standing. */
export const figureUnchanged: TRule = {
  id: 'figure-unchanged',
  title: '与去年相同的数字',
  run: ({ report }) => {
    if (!tableInUse(report.figures)) return [];
    const fromText = lastYearStated(report, getIndicators(report.unitKind));
    return getIndicators(report.unitKind).flatMap((indicator): TFinding[] => {
      const value = Object.hasOwn(report.figures, indicator.key) ? report.figures[indicator.key]!.value : null;
      if (value === null || value !== lastYearOf(report.figures, indicator.key, fromText.get(indicator.key) ?? null).lastYear) return [];
      return [
        {
          ruleId: 'figure-unchanged',
          severity: '提示',
          message: `主要数据表中“${indicator.name}”为${formatFigure(value, indicator.unit)}，与去年相同，请确认。`,
          place: { part: null, field: 'figure', indicator: indicator.key },
          excerpt: indicator.name,
        },
      ];
    });
  },
};
