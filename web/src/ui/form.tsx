/** The form pieces every dialog and filter bar repeats: a labelled field, choices, the buttons. */
import type { ComponentChildren, InputHTMLAttributes } from 'preact';
import { toggled } from './lists.js';

const classes = (...names: Array<string | false | undefined>) => names.filter(Boolean).join(' ');

/** A control with its label above it (`inline`: beside it, in toolbars). */
export function Field(props: {
  label: ComponentChildren;
  class?: string;
  children: ComponentChildren;
}) {
  return (
    <label class={classes('field', props.class)}>
      <span>{props.label}</span>
      {props.children}
    </label>
  );
}

/** A labelled `<input>`: every other property goes to the input. */
export function InputField({
  label,
  class: cls,
  ...input
}: { label: ComponentChildren; class?: string } & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field label={label} class={cls}>
      <input {...input} />
    </Field>
  );
}

/** `<option>`s for every code of a label table, in its order; `blank` first when given. */
export function NameOptions<K extends string>(props: { names: Record<K, string>; blank?: string }) {
  return (
    <>
      {props.blank !== undefined && <option value="">{props.blank}</option>}
      {(Object.keys(props.names) as K[]).map((k) => (
        <option key={k} value={k}>
          {props.names[k]}
        </option>
      ))}
    </>
  );
}

/** Checkboxes picking some of `items` (a leader, a department …); `picked` holds their keys. */
export function CheckGrid(props: {
  items: Array<{ key: string; label: ComponentChildren }>;
  picked: string[];
  onPicked: (picked: string[]) => void;
  class?: string;
}) {
  return (
    <div class={props.class ?? 'check-grid'}>
      {props.items.map(({ key, label }) => (
        <label key={key} class="checkbox">
          <input
            type="checkbox"
            checked={props.picked.includes(key)}
            onChange={(e) => props.onPicked(toggled(props.picked, key, e.currentTarget.checked))}
          />
          {label}
        </label>
      ))}
    </div>
  );
}

interface RadioProps<K extends string> {
  name: string;
  names: Record<K, string>;
  value: K | null;
  onValue: (value: K) => void;
  /** The class of each button's label (default: radio). */
  labelClass?: string;
}

/** One of a label table's codes as radio buttons, one per code in the table's order. */
export function Radios<K extends string>(props: RadioProps<K>) {
  return (
    <>
      {(Object.keys(props.names) as K[]).map((k) => (
        <label key={k} class={props.labelClass ?? 'radio'}>
          <input
            type="radio"
            name={props.name}
            value={k}
            checked={props.value === k}
            onChange={() => props.onValue(k)}
          />
          {props.names[k]}
        </label>
      ))}
    </>
  );
}

/** Radios in a row. */
export function RadioRow<K extends string>(props: RadioProps<K>) {
  return (
    <div class="radio-row">
      <Radios {...props} />
    </div>
  );
}

/** A dialog's submit and cancel buttons; while `busy` the submit is disabled. */
export function FormActions(props: {
  submit: ComponentChildren;
  onCancel: () => void;
  busy?: boolean;
  /** The submit's text while busy (else it keeps its text). */
  busyText?: string;
  disabled?: boolean;
  cancel?: string;
  class?: string;
}) {
  return (
    <div class={classes('actions', props.class)}>
      <button type="submit" class="primary" disabled={props.busy || props.disabled}>
        {props.busy && props.busyText ? props.busyText : props.submit}
      </button>
      <button type="button" onClick={props.onCancel}>
        {props.cancel ?? '取消'}
      </button>
    </div>
  );
}
