import { ZFigures, type TFigures } from '../report/schema';

/** The 主要数据 of a stored report, from its schemaVersion and its table's JSON as the database gives them
 * (not the whole report: the county's view reads hundreds at once), checked by the model's own schema. A
 * report stored before the table existed (version below 4) has an empty one, as its upgrade gives it;
 * null when the table does not read. */
export function storedFigures(schemaVersion: number | string | null, figures: string | null): TFigures | null {
  if (schemaVersion !== null && Number(schemaVersion) < 4) return {};
  try {
    const table = ZFigures.safeParse(figures === null ? undefined : JSON.parse(figures));
    return table.success ? table.data : null;
  } catch {
    return null;
  }
}
