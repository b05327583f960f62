import type { TUnit } from '@/lib/accounts/schema';
import { UNIT_KINDS } from '@/lib/report/part-keys';
import { ApiForm } from '@/components/ui/api-form';
import { CsvUpload } from '@/components/ui/csv-upload';

/** 单位: every unit of the county, and adding one or many. */
export function UnitsSection({ units }: { units: TUnit[] }) {
  return (
    <section aria-labelledby="units-heading" className="mb-8">
      <h2 id="units-heading" className="mb-2 text-2xl font-bold">
        单位（{units.length}）
      </h2>
      <table className="mb-4 w-full rounded bg-white text-sm shadow-sm" data-testid="units">
        <thead>
          <tr>
            {['单位全称', '类型', '上级'].map((h) => (
              <th key={h} scope="col" className="border-b-2 border-gray-700 px-2 py-2 text-left">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {units.map((u) => (
            <tr key={u.id}>
              <th scope="row" className="border-b border-gray-200 px-2 py-2 text-left font-normal">
                {u.name}
              </th>
              <td className="border-b border-gray-200 px-2 py-2">{u.kind}</td>
              <td className="border-b border-gray-200 px-2 py-2">{u.superior}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="grid gap-4 lg:grid-cols-2">
        <ApiForm
          id="unit"
          legend="添加单位"
          schema="unit"
          url="/api/units"
          submit="添加单位"
          done="已添加。"
          fields={[
            { name: 'name', label: '单位全称', hint: '例如：重庆市巴南区东温泉镇人民政府', kind: 'text' },
            { name: 'kind', label: '类型', kind: 'select', options: UNIT_KINDS.map((k) => ({ value: k, label: k })) },
            { name: 'superior', label: '上级（县、区）', hint: '例如：巴南区', kind: 'text' },
          ]}
        />
        <CsvUpload id="units-csv" label="从表格添加单位" hint="另存为 CSV 的表格（UTF-8 或 GBK 均可），第一行是列名：单位全称,类型,上级。有一行出错就什么也不添加。" url="/api/units/import" done="已添加 {n} 个单位。" />
      </div>
    </section>
  );
}
