import { useState } from 'preact/hooks';
import { errorText } from '../api/client.js';

/**
 * A dialog's form: its values, the refusal shown above it, and busy while it saves. A saved form
 * stays busy (the dialog closes) unless it `staysOpen` (a form on a page, ready for the next save).
 */
export function useForm<F extends object>(initial: F, options: { staysOpen?: boolean } = {}) {
  const [form, setForm] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** An input's handler that keeps its text in `form[k]`. */
  const text = (k: keyof F) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const update = (change: Partial<F>) => setForm({ ...form, ...change });
  /** An input's or a text area's properties over the text in `form[k]`. */
  const field = (k: keyof F) => ({ value: String(form[k]), onInput: text(k) });
  /** The same, with the input's name (what the service calls it, when the page names it so). */
  const named = (k: keyof F & string) => ({ name: k, ...field(k) });
  /** A select's properties over the code in `form[k]` (a select reports a pick as a change). */
  const choice = (k: keyof F) => ({ value: String(form[k]), onChange: text(k) });
  /** A checkbox's properties over the yes/no in `form[k]`. */
  const checkbox = (k: keyof F) => ({
    checked: Boolean(form[k]),
    onChange: (e: Event) =>
      setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).checked }),
  });
  /** A number input's properties over the text in `form[k]` (empty: no number). */
  const number = (k: keyof F, min: number, max: number) => ({
    type: 'number' as const,
    min,
    max,
    ...field(k),
  });

  /** The form's submit handler: `save`, and on a refusal its message (worded by `describe`). */
  const submitting =
    (save: () => Promise<void>, describe: (err: unknown) => string = errorText) =>
    async (e: Event) => {
      e.preventDefault();
      setBusy(true);
      setError(null);
      try {
        await save();
        if (options.staysOpen) setBusy(false);
      } catch (err) {
        setError(describe(err));
        setBusy(false);
      }
    };

  return {
    form,
    text,
    field,
    named,
    choice,
    checkbox,
    number,
    update,
    error,
    setError,
    busy,
    submitting,
  };
}

/** An input's properties over the text `rows[i][k]` of a form with a row per person. */
export function rowField<R>(rows: R[], setRows: (rows: R[]) => void, i: number, k: keyof R) {
  return {
    value: String(rows[i][k]),
    onInput: (e: Event) =>
      setRows(
        rows.map((r, j) =>
          j === i ? { ...r, [k]: (e.currentTarget as HTMLInputElement).value } : r,
        ),
      ),
  };
}
