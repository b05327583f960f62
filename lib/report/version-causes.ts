/** Why a version was kept in 历史版本: a download, ten minutes of editing, a restore, a 报送 or a 退回 (so
 * the reviewer can compare what changed since), or the text a
 * clerk's choice in a conflict or a restore replaced (替换前). */
export const VERSION_CAUSES = ['下载', '定时', '恢复', '替换前', '报送', '退回'] as const;
export type TVersionCause = (typeof VERSION_CAUSES)[number];
