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
