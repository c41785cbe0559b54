import { useState } from 'preact/hooks';
import { errorText } from '../api/client.js';

/**
 * A dialog's form: its values, the refusal shown above it, and busy while it saves. A saved form
 * stays busy: the dialog closes.
 */
export function useForm<F extends object>(initial: F) {
  const [form, setForm] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  /** An input's handler that keeps its text in `form[k]`. */
  const text = (k: keyof F) => (e: Event) =>
    setForm({ ...form, [k]: (e.currentTarget as HTMLInputElement).value });
  const update = (change: Partial<F>) => setForm({ ...form, ...change });
  /** A number input's properties over the text in `form[k]` (empty: no number). */
  const number = (k: keyof F, min: number, max: number) => ({
    type: 'number' as const,
    min,
    max,
    value: String(form[k]),
    onInput: text(k),
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
      } catch (err) {
        setError(describe(err));
        setBusy(false);
      }
    };

  return { form, text, number, update, error, setError, busy, submitting };
}
