/** County-wide roles; 填报人 is held per unit (clerkOf). */
export const COUNTY_ROLES = ['reviewer', 'admin'] as const;
export type TCountyRole = (typeof COUNTY_ROLES)[number];

export const ROLE_LABELS = { clerk: '填报人', reviewer: '审核人', admin: '管理员' } as const;

/** Who is asking. Every read and write of reports goes through the repository with one of these. */
export type TActor =
  | {
      kind: 'user';
      userId: string;
      name: string;
      login: string;
      /** The units this person is 填报人 of: the only reports they may change. */
      clerkOf: readonly string[];
      reviewer: boolean;
      admin: boolean;
    }
  /** The operator on the server itself (the CLI, with the database in hand): every report. */
  | { kind: 'system' };

export type TUserActor = Extract<TActor, { kind: 'user' }>;

export const SYSTEM: TActor = { kind: 'system' };

/** Reads every unit's reports: the operator and the county's reviewers. */
export const readsAll = (actor: TActor): boolean => actor.kind === 'system' || actor.reviewer;

/** May change the text of a report of `unitId` (null: a report from before accounts). */
export const writes = (actor: TActor, unitId: string | null): boolean =>
  actor.kind === 'system' || (unitId !== null && actor.clerkOf.includes(unitId));

export const whoSaved = (actor: TActor): string | null => (actor.kind === 'user' ? actor.userId : null);
