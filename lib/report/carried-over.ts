// A figure (3件, 96.6%, 12万元, 二十余次) or a year (2023年): what last year's text says that this
// year's must say anew.
// A run of numerals is tried from its first numeral only: tried from each, a long run was read again
// to its end for every numeral in it.
// A lone 一 is an article more often than a count (一次性, 一项制度, 最多跑一次): it is not taken for one.
const FIGURE = /\d|(?<![一二三四五六七八九十百千万两])(?:[二三四五六七八九十百千万两]|一(?=[一二三四五六七八九十百千万两]))[一二三四五六七八九十百千万两]*(?:余)?(?:件|次|人|个|场|项|宗|起|期|名|户|批|条|份|家|所)|%|％|万元|亿元/;

/** The sentences of one line, each with its closing mark and where it starts in the line. */
export function sentenceSpans(line: string): Array<{ text: string; start: number }> {
  const spans: Array<{ text: string; start: number }> = [];
  for (const m of line.matchAll(/[^。！？；]+[。！？；]?/g)) {
    const text = m[0].trim();
    if (text.length > 0) spans.push({ text, start: m.index + m[0].indexOf(text) });
  }
  return spans;
}

/** The sentences of a text, each with its closing mark. */
export function sentencesOf(text: string): string[] {
  return text.split('\n').flatMap((line) => sentenceSpans(line).map((s) => s.text));
}

// What stands in quotation or title marks is a name (“最多跑一次”改革, “12345”热线, 《法治政府建设实施纲要
// （2021－2025年）》), not a figure this year's text must update. Each class excludes its own closing mark,
// so the pattern never backtracks.
const NAMED = /“[^”\n]*”|‘[^’\n]*’|《[^》\n]*》|「[^」\n]*」|『[^』\n]*』|"[^"\n]*"|'[^'\n]*'/g;

export function carriesFigure(sentence: string): boolean {
  return FIGURE.test(sentence.replace(NAMED, ''));
}
