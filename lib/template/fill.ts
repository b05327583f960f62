/** Fills {name} placeholders of template text; unknown names stay visible so a template typo shows. */
export function fillPattern(pattern: string, values: Record<string, string | number>): string {
  return pattern.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
