import type { TRule } from '../rule';
import type { TFinding, TPlace } from '../types';
import { matchesOf } from '../matches';

// One run of spaces on each side of 万: two runs side by side can split a long run of spaces in as many
// ways as it is long, at every failed match.
const NUMBER = '(\\d+(?:\\.\\d+)?)\\s*(?:万\\s*)?';
const UNIT = '(件|宗|起|次|个|条|人|户|批次|批)';
// "受理…X件" then "办结/调解成功…Y件" in the same sentence: the second cannot exceed the first.
const RECEIVED = new RegExp(`(?:排查|受理|收到|接待|登记|摸排|收集|收案|接收|共有|发生|涉及)[^，。；\\d]{0,12}?${NUMBER}${UNIT}`, 'g');
const RESOLVED = new RegExp(`(?:调解成功|成功调解|化解|办结|调处|解决|结案|采纳|处理)[^，。；\\d]{0,8}?${NUMBER}${UNIT}`, 'g');
const RATE = /(率|比例|占比)(?:为|达|达到|是|保持在)?\s*(\d+(?:\.\d+)?)\s*%/g;

type TCount = { value: number; unit: string; index: number; text: string };

function counts(sentence: string, pattern: RegExp): TCount[] {
  return matchesOf(sentence, pattern).map((m) => ({ value: Number(m[1]), unit: m[2]!, index: m.index, text: m[0] }));
}

function finding(place: TPlace, offset: number, at: number, text: string, message: string): TFinding {
  return { ruleId: 'impossible-figure', severity: '提示', message, place: { ...place, start: offset + at, end: offset + at + text.length }, excerpt: text };
}

/** 提示: figures that cannot be true: a rate over 100 %, more resolved than received, a rate that
 * disagrees with the two counts given beside it. */
export const impossibleFigures: TRule = {
  id: 'impossible-figure',
  title: '数字前后矛盾',
  run: ({ units }) =>
    units.flatMap((unit) => {
      const findings: TFinding[] = [];
      let offset = 0;
      for (const sentence of unit.text.split(/(?<=[。；！？])/)) {
        const received = counts(sentence, RECEIVED);
        const resolved = counts(sentence, RESOLVED);
        const rates = matchesOf(sentence, RATE);
        for (const rate of rates) {
          if (Number(rate[2]) > 100) findings.push(finding(unit.place, offset, rate.index, rate[0], `“${rate[0]}”超过了100%，请核对。`));
        }
        const total = received[0];
        const done = resolved.find((r) => total && r.unit === total.unit && r.index > total.index);
        if (total && done && done.value > total.value) {
          findings.push(finding(unit.place, offset, done.index, done.text, `前面说共${total.value}${total.unit}，这里却有${done.value}${done.unit}，多于总数，请核对。`));
        } else if (total && done && total.value > 0) {
          const given = rates.find((r) => r.index > done.index && r[1] !== '占比');
          const actual = (done.value / total.value) * 100;
          if (given && Number(given[2]) <= 100 && Math.abs(Number(given[2]) - actual) > 0.6) {
            findings.push(
              finding(unit.place, offset, given.index, given[0], `${done.value}÷${total.value}＝${actual.toFixed(1)}%，与“${given[0]}”不一致，请核对。`),
            );
          }
        }
        offset += sentence.length;
      }
      return findings;
    }),
};
