import type { UseFormRegisterReturn } from 'react-hook-form';
import { BASIC_FIELDS } from '@/lib/report/basic-fields';
import { UNIT_KINDS } from '@/lib/report/part-keys';

/** 单位类型 as four radios sharing one react-hook-form registration. */
export function UnitKindRadios({ registration }: { registration: UseFormRegisterReturn }) {
  return (
    <fieldset className="mb-5">
      <legend className="font-bold">{BASIC_FIELDS.unitKind.label}</legend>
      <div className="mt-1 flex flex-wrap gap-4">
        {UNIT_KINDS.map((kind) => (
          <label key={kind} className="flex items-center gap-1">
            <input type="radio" id={`unitKind-${kind}`} value={kind} {...registration} />
            {kind}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
