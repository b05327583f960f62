/** Where an editing page returns to: its report's task list, or the check page when the clerk came from
 * a 修改 link there. Only the report's own pages are allowed, so the parameter cannot send the clerk off-site. */
export function returnHref(id: string, from: string | string[] | undefined): string {
  return from === 'check' ? `/reports/${id}/check` : `/reports/${id}`;
}
