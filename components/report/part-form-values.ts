import type { TPart, TSection } from '@/lib/report/schema';

// react-hook-form stops typing paths at a recursive type, so the form sees the outline as four explicit
// levels. The schema refuses anything deeper, so the two describe the same values.
type TLevel4 = Omit<TSection, 'children'> & { children: never[] };
type TLevel3 = Omit<TSection, 'children'> & { children: TLevel4[] };
type TLevel2 = Omit<TSection, 'children'> & { children: TLevel3[] };
type TLevel1 = Omit<TSection, 'children'> & { children: TLevel2[] };

export type TPartForm = Omit<TPart, 'sections'> & { sections: TLevel1[] };


