import type { UnavailableReason } from '../../api/types.js';
import { REASON_NAMES } from '../../labels.js';
import { Field, InputField, NameOptions } from '../../ui/form.js';

/** Why a leader is away (出差, 会议 …), as a select; `name` for forms read by name. */
export function ReasonField(props: {
  value: UnavailableReason;
  onValue: (reason: UnavailableReason) => void;
  name?: string;
}) {
  return (
    <Field label="原因">
      <select
        name={props.name}
        value={props.value}
        onChange={(e) => props.onValue(e.currentTarget.value as UnavailableReason)}
      >
        <NameOptions names={REASON_NAMES} />
      </select>
    </Field>
  );
}

/** 备注 of an absence or a wish. */
export function NoteField(props: { value: string; onValue: (note: string) => void }) {
  return (
    <InputField
      label="备注（选填）"
      maxLength={200}
      value={props.value}
      onInput={(e) => props.onValue(e.currentTarget.value)}
    />
  );
}
