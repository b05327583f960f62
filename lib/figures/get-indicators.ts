import data from '../../templates/indicators.json';
import type { TUnitKind } from '../report/part-keys';
import { ZIndicatorData, type TIndicator, type TIndicatorData } from './indicator-schema';

// Parsed once at load: a broken data file is a programming error and fails loudly, not at a clerk's click.
const INDICATORS: TIndicatorData = ZIndicatorData.parse(data);

/** The key indicators of reports by this kind of unit, in the data file's order. */
export function getIndicators(unitKind: TUnitKind): TIndicator[] {
  return INDICATORS.lists.find((l) => l.unitKinds.includes(unitKind))!.indicators;
}

/** How each unit may be written after a number. */
export function getUnitWords(): TIndicatorData['unitWords'] {
  return INDICATORS.unitWords;
}

/** Every indicator of every list once (the county's choice of what to compare), with the unit kinds that
 * report it, in the data file's order. */
export function allIndicators(): Array<TIndicator & { unitKinds: TUnitKind[] }> {
  const seen = new Map<string, TIndicator & { unitKinds: TUnitKind[] }>();
  for (const list of INDICATORS.lists) {
    for (const indicator of list.indicators) {
      const held = seen.get(indicator.key);
      if (held) held.unitKinds.push(...list.unitKinds);
      else seen.set(indicator.key, { ...indicator, unitKinds: [...list.unitKinds] });
    }
  }
  return [...seen.values()];
}
