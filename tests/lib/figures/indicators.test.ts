import { describe, expect, it } from 'vitest';
import data from '@/templates/indicators.json';
import { getIndicators } from '@/lib/figures/get-indicators';
import { ZIndicatorData } from '@/lib/figures/indicator-schema';
import { UNIT_KINDS } from '@/lib/report/part-keys';

describe('templates/indicators.json', () => {
  it('gives townships and streets one list and county departments their own', () => {
    expect(getIndicators('镇')).toBe(getIndicators('乡'));
    expect(getIndicators('镇')).toBe(getIndicators('街道'));
    expect(getIndicators('县级部门')).not.toBe(getIndicators('镇'));
    expect(getIndicators('镇').map((i) => i.name)).toEqual(
      expect.arrayContaining(['行政复议案件数', '行政应诉案件数', '行政机关负责人出庭应诉率', '重大行政决策合法性审查件数', '规范性文件合法性审查件数', '行政执法案件数', '调处矛盾纠纷件数', '调解成功率', '普法活动场次', '普法受众人次', '法律顾问审查合同数']),
    );
    expect(getIndicators('县级部门').map((i) => i.name)).toEqual(
      expect.arrayContaining(['行政许可件数', '行政处罚案件数', '行政复议案件数', '行政应诉案件数', '负责人出庭应诉率', '规范性文件合法性审查件数', '执法人员培训人次', '普法活动场次']),
    );
  });

  it('refuses a file that leaves a unit kind out, gives one two lists, repeats a phrase or uses another unit', () => {
    const copy = () => structuredClone(data);
    expect(ZIndicatorData.safeParse(copy()).success).toBe(true);
    const noCounty = copy();
    noCounty.lists = noCounty.lists.slice(0, 1);
    expect(ZIndicatorData.safeParse(noCounty).success).toBe(false);
    const twice = copy();
    twice.lists[1]!.unitKinds.push('镇');
    expect(ZIndicatorData.safeParse(twice).success).toBe(false);
    const shared = copy();
    shared.lists[0]!.indicators[1]!.words.push(shared.lists[0]!.indicators[0]!.words[0]!);
    expect(ZIndicatorData.safeParse(shared).success).toBe(false);
    const unit = copy();
    unit.lists[0]!.indicators[0]!.unit = '元';
    expect(ZIndicatorData.safeParse(unit).success).toBe(false);
    expect(UNIT_KINDS.every((k) => getIndicators(k).length > 0)).toBe(true);
  });
});
