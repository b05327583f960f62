/** The content-hashed files a page's HTML loads: scripts and styles in its tags, and the chunks its inline
 * React payload names (quoted and escaped there). Read from the HTML itself, so the list follows every build. */
export function pageAssets(html: string): string[] {
  return [...new Set(html.match(/\/_next\/static\/[^"'\\?#\s<>()]+/g) ?? [])];
}
