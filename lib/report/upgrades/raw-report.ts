/** A stored report as JSON.parse gives it, before the schema has vouched for any field. */
export type TRawReport = Record<string, unknown>;
