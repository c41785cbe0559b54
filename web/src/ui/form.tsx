/** The form pieces every dialog and filter bar repeats: a labelled field, choices, the buttons. */
import type {
  ButtonHTMLAttributes,
  ComponentChildren,
  InputHTMLAttributes,
  PartialInputHTMLAttributes,
  SelectHTMLAttributes,
  TextareaHTMLAttributes,
} from 'preact';
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

/** A labelled `<select>` of `children` (the options): every other property goes to the select. */
export function SelectField({
  label,
  class: cls,
  children,
  ...select
}: {
  label: ComponentChildren;
  class?: string;
  children: ComponentChildren;
} & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field label={label} class={cls}>
      <select {...select}>{children}</select>
    </Field>
  );
}

/** A labelled `<textarea>`: every other property goes to the text area. */
export function TextAreaField({
  label,
  class: cls,
  ...textarea
}: { label: ComponentChildren; class?: string } & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field label={label} class={cls}>
      <textarea {...textarea} />
    </Field>
  );
}

/** A checkbox with its label after it: every other property goes to the input. */
export function CheckboxField({
  label,
  class: cls,
  ...input
}: { label: ComponentChildren; class?: string } & Omit<
  PartialInputHTMLAttributes<HTMLInputElement>,
  'type' | 'role'
>) {
  return (
    <label class={classes('checkbox', cls)}>
      <input type="checkbox" {...input} />
      {label}
    </label>
  );
}

/** A button whose accessible name says what it acts on (编辑 张三) while its text is the action. */
export function NamedButton({
  name,
  ...button
}: { name: string } & ButtonHTMLAttributes<HTMLButtonElement>) {
  return <button type="button" aria-label={name} {...button} />;
}

/** One of a label table's codes as tabs, one per code in the table's order. */
export function Tabs<K extends string>(props: {
  names: Record<K, string>;
  value: K;
  onValue: (value: K) => void;
}) {
  return (
    <div class="tabs" role="tablist">
      {(Object.keys(props.names) as K[]).map((k) => (
        <button
          key={k}
          type="button"
          role="tab"
          aria-selected={props.value === k}
          onClick={() => props.onValue(k)}
        >
          {props.names[k]}
        </button>
      ))}
    </div>
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

/** A two-column dialog's 保存 and 取消, across both columns. */
export function SaveActions(props: { busy: boolean; onCancel: () => void }) {
  return (
    <FormActions
      class="span-2"
      submit="保存"
      busyText="正在保存…"
      busy={props.busy}
      onCancel={props.onCancel}
    />
  );
}

/** `<option>`s of id → name: departments, leaders by name only … */
export function IdOptions(props: { items: Array<{ id: string; name: string }> }) {
  return (
    <>
      {props.items.map((d) => (
        <option key={d.id} value={d.id}>
          {d.name}
        </option>
      ))}
    </>
  );
}

/** A month input beside its label (toolbars); `onMonth` gets the text as typed (maybe empty). */
export function MonthField(props: {
  label: string;
  value: string;
  required?: boolean;
  onMonth: (month: string) => void;
}) {
  return (
    <InputField
      label={props.label}
      class="inline"
      type="month"
      value={props.value}
      required={props.required}
      onChange={(e) => props.onMonth(e.currentTarget.value)}
    />
  );
}
