import { numberSections, sectionDepthLimit } from '../../report/numbering';
import type { TRule } from '../rule';

/** 错误: with the five parts as the level-1 headings, a part's sections go three levels deep at most
 * (（一） 1. （1））: a fourth level would need a fifth heading level, which 公文 does not have. */
export const structureDepth: TRule = {
  id: 'structure-depth',
  title: '小节层级不超过四级标题',
  run: ({ report, template }) => {
    const limit = sectionDepthLimit(report.layout);
    return template.parts.flatMap((tp) =>
      numberSections(report.parts[tp.key].sections)
        .filter(({ path }) => path.length === limit + 1)
        .map(({ section }) => ({
          ruleId: 'structure-depth',
          severity: '错误' as const,
          message: `“${section.heading.trim() || section.body.trim().slice(0, 20)}”在“五个部分作为一级标题”的结构中是第五级标题，公文只有四级（一、（一）1.（1））。请点它下方的“提升一级”，或在基本信息中改用“小标题直接作为一级标题”的结构。`,
          place: { part: tp.key, field: 'heading' as const, sectionId: section.id },
          excerpt: section.heading.trim() || section.id,
        })),
    );
  },
};
