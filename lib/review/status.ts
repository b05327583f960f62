/** Where a unit's report stands with the county. 未开始 (no report for the year) is the dashboard's, not a stored state. */
export const REPORT_STATUSES = ['draft', 'submitted', 'returned', 'accepted', 'published'] as const;
export type TReportStatus = (typeof REPORT_STATUSES)[number];

export const STATUS_LABELS: Record<TReportStatus | 'missing', string> = {
  missing: '未开始',
  draft: '起草中',
  submitted: '已报送',
  returned: '退回修改',
  accepted: '已通过',
  published: '已公开',
};

export type TReviewAction = 'submit' | 'return' | 'accept' | 'publish';

/** Who does what, from which states: the unit's 填报人 submits a draft or a returned report; the county's
 * 审核人 returns or accepts what was submitted (or returns what it accepted); either records where and
 * when the accepted report was published. */
export const TRANSITIONS: Record<TReviewAction, { by: 'clerk' | 'reviewer' | 'either'; from: readonly TReportStatus[]; to: TReportStatus }> = {
  submit: { by: 'clerk', from: ['draft', 'returned'], to: 'submitted' },
  return: { by: 'reviewer', from: ['submitted', 'accepted'], to: 'returned' },
  accept: { by: 'reviewer', from: ['submitted'], to: 'accepted' },
  publish: { by: 'either', from: ['accepted', 'published'], to: 'published' },
};

/** Whether the unit may change the text: only while it is theirs to write (起草中, 退回修改). */
export const unitMayEdit = (status: TReportStatus): boolean => status === 'draft' || status === 'returned';

export const readStatus = (value: string | null | undefined): TReportStatus => (REPORT_STATUSES as readonly string[]).includes(value ?? '') ? (value as TReportStatus) : 'draft';
