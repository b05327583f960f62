import type { TSection } from '../report/schema';
import type { TComment } from './review-repository';

/** What a section shows of a comment beside its text. */
export type TSectionComment = { id: string; body: string; author: string; excerpt: string };

const squeeze = (text: string) => text.replace(/\s+/g, '');

/** The open comments on a part's paragraphs, by the id of the section whose heading or text holds the
 * quoted words (spaces ignored; the first such section, in reading order); '' for a quote found nowhere,
 * as the text may have changed since. Comments on the part as a whole are listed above it instead. */
export function commentsBySection(sections: TSection[], comments: TComment[]): Record<string, TSectionComment[]> {
  const flat: TSection[] = [];
  const walk = (list: TSection[]) => list.forEach((s) => (flat.push(s), walk(s.children)));
  walk(sections);
  const texts = flat.map((s) => ({ id: s.id, text: squeeze(`${s.heading}\n${s.body}`) }));
  const placed: Record<string, TSectionComment[]> = {};
  for (const c of comments) {
    if (c.resolvedAt !== null || !c.excerpt) continue;
    const quote = squeeze(c.excerpt);
    const at = quote ? (texts.find((t) => t.text.includes(quote))?.id ?? '') : '';
    (placed[at] ??= []).push({ id: c.id, body: c.body, author: c.author, excerpt: c.excerpt });
  }
  return placed;
}
