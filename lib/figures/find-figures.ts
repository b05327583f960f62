import { PART_KEYS } from '../report/part-keys';
import { sentenceSpans } from '../report/carried-over';
import type { TReport, TSection } from '../report/schema';
import { getUnitWords } from './get-indicators';
import type { TIndicator, TIndicatorData } from './indicator-schema';
import { numberTokens, type TNumberToken } from './number-tokens';

/** An indicator with the value this year's text states, last year's (from the text kept beside the
 * editor), and this year's sentences that state it. */
export type TFigureFound = {
  key: string;
  name: string;
  unit: TIndicator['unit'];
  value: number | null;
  lastYear: number | null;
  sources: string[];
};

/** How far after the phrase the number may stand, in characters, and how many commas it may cross. */
const WINDOW = 24;
const COMMAS = 1;

/** A figure stated in a line of text: the indicator, the value, the sentence, and where the number
 * with its unit stands in the line [start, end). */
export type TStatement = { key: string; value: number; sentence: string; start: number; end: number };

function sectionTexts(sections: TSection[], out: string[] = []): string[] {
  for (const s of sections) {
    out.push(s.heading, s.body);
    sectionTexts(s.children, out);
  }
  return out;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The index of the first token starting at or after `at` (tokens are in order). */
function firstFrom(tokens: TNumberToken[], at: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The number a phrase at [start, end) states: the first fitting one after it in the same clause or
 * the next, else one standing right before it ("36场普法活动"). Reads only the tokens near the phrase. */
function numberFor(sentence: string, tokens: TNumberToken[], start: number, end: number, accepts: Set<string>): TNumberToken | undefined {
  const next = firstFrom(tokens, end);
  let commas = 0;
  let scanned = end;
  for (let i = next; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.start - end > WINDOW) break;
    for (; scanned < t.start; scanned++) if (sentence[scanned] === '，' || sentence[scanned] === ',') commas++;
    if (commas > COMMAS) break;
    if (accepts.has(t.unitWord)) return t;
  }
  const before = tokens[next - 1];
  const at = sentence[start - 1] === '的' ? start - 1 : start;
  return before && before.end === at && accepts.has(before.unitWord) ? before : undefined;
}

/**
 * A reader of the figures a line of text states: a sentence naming an indicator, with a number in its
 * unit close by; the first such number for each indicator in a sentence. Each line is split into
 * sentences once; the phrases are found by one alternation of literals; numbers by one linear scan.
 */
export function figureStatements(indicators: TIndicator[], unitWords: TIndicatorData['unitWords'] = getUnitWords()): (line: string) => TStatement[] {
  const byWord = new Map(indicators.flatMap((ind) => ind.words.map((w) => [w, ind] as const)));
  // Longest first, so a phrase that contains another is found as itself.
  const words = new RegExp([...byWord.keys()].sort((a, b) => b.length - a.length).map(escape).join('|'), 'g');
  const accepts = new Map(indicators.map((ind) => [ind.key, new Set(unitWords[ind.unit])]));
  const allUnitWords = [...new Set(Object.values(unitWords).flat())].sort((a, b) => b.length - a.length);

  return (line) => {
    const found: TStatement[] = [];
    for (const { text: sentence, start: at } of sentenceSpans(line)) {
      let tokens: TNumberToken[] | null = null;
      const stated = new Set<string>();
      words.lastIndex = 0;
      for (let m = words.exec(sentence); m; m = words.exec(sentence)) {
        tokens ??= numberTokens(sentence, allUnitWords);
        if (tokens.length === 0) break;
        const indicator = byWord.get(m[0])!;
        if (stated.has(indicator.key)) continue;
        const token = numberFor(sentence, tokens, m.index, m.index + m[0].length, accepts.get(indicator.key)!);
        if (!token) continue;
        stated.add(indicator.key);
        found.push({ key: indicator.key, value: token.value, sentence, start: at + token.start, end: at + token.end });
      }
    }
    return found;
  };
}

type TStatements = Map<string, TStatement[]>;

function statementsIn(texts: string[], statements: (line: string) => TStatement[]): TStatements {
  const found: TStatements = new Map();
  for (const s of texts.flatMap((t) => t.split('\n')).flatMap(statements)) {
    const list = found.get(s.key) ?? [];
    list.push(s);
    found.set(s.key, list);
  }
  return found;
}

function lastYearStatements(report: TReport, statements: (line: string) => TStatement[]): TStatements {
  return report.reference ? statementsIn(PART_KEYS.map((k) => report.reference!.parts[k]), statements) : new Map<string, TStatement[]>();
}

/** Each indicator's value as last year's text kept beside the editor (report.reference) first states it. */
export function lastYearStated(report: TReport, indicators: TIndicator[], unitWords: TIndicatorData['unitWords'] = getUnitWords()): Map<string, number> {
  return new Map([...lastYearStatements(report, figureStatements(indicators, unitWords))].map(([key, list]) => [key, list[0]!.value]));
}

/**
 * Each indicator's value as stated in this year's text (导语 and the five parts) and in last year's
 * (report.reference). The first statement in reading order gives the value; every sentence that states
 * one is a source.
 */
export function findFigures(report: TReport, indicators: TIndicator[], unitWords: TIndicatorData['unitWords'] = getUnitWords()): TFigureFound[] {
  const statements = figureStatements(indicators, unitWords);
  const thisYear = statementsIn([report.opening, ...PART_KEYS.flatMap((k) => sectionTexts(report.parts[k].sections))], statements);
  const lastYear = lastYearStatements(report, statements);
  return indicators.map((ind) => {
    const stated = thisYear.get(ind.key) ?? [];
    return {
      key: ind.key,
      name: ind.name,
      unit: ind.unit,
      value: stated[0]?.value ?? null,
      lastYear: lastYear.get(ind.key)?.[0]?.value ?? null,
      sources: [...new Set(stated.map((s) => s.sentence))],
    };
  });
}
