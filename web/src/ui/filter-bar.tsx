import type { ComponentChildren } from 'preact';
import { FormActions } from './form.js';

/** A list's filter form: the fields, 查询 to apply them, 清除条件 to drop them all. */
export function FilterBar(props: {
  label: string;
  onApply: () => void;
  onClear: () => void;
  children: ComponentChildren;
}) {
  return (
    <form
      class="filters"
      aria-label={props.label}
      onSubmit={(e) => {
        e.preventDefault();
        props.onApply();
      }}
    >
      {props.children}
      <FormActions submit="查询" onCancel={props.onClear} cancel="清除条件" />
    </form>
  );
}
