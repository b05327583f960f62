import { AccountsError } from './accounts-error';
import type { TUserRow } from './accounts-csv';
import type { AccountsRepository } from './accounts-repository';

/** Accounts as a spreadsheet names their units, with the units' ids; an unknown name stops everything. */
export async function withUnitIds(accounts: AccountsRepository, rows: TUserRow[]) {
  const units = await accounts.listUnits();
  return rows.map(({ unitNames, ...row }) => ({
    ...row,
    clerkOf: unitNames.map((name) => {
      const unit = units.find((u) => u.name === name);
      if (!unit) throw new AccountsError(422, `没有名为“${name}”的单位，请先添加这个单位。未创建任何账号。`);
      return unit.id;
    }),
  }));
}
