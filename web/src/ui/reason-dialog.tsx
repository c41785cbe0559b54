import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import { errorText } from '../api/client.js';
import { Alert } from './common.js';
import { Dialog } from './dialog.js';
import { Field, FormActions } from './form.js';

interface Props {
  title: string;
  /** What the action does, shown above the reason. */
  intro: ComponentChildren;
  /** The reason's label, e.g. 办结原因. */
  label: string;
  submitLabel: string;
  /** Runs the action with the trimmed reason; resolves to the text shown when it is done. */
  run: (reason: string) => Promise<string>;
  onClose: () => void;
  onDone: (text: string) => void;
}

/** An action that needs a written reason (办结, 延期, 暂缓 …): asks for it, runs, shows errors. */
export function ReasonDialog({ title, intro, label, submitLabel, run, onClose, onDone }: Props) {
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (e: Event) => {
    e.preventDefault();
    if (!reason.trim()) {
      setError(`请填写${label}`);
      return;
    }
    setBusy(true);
    setError(null);
    try {
      onDone(await run(reason.trim()));
    } catch (err) {
      setError(errorText(err));
      setBusy(false);
    }
  };

  return (
    <Dialog title={title} onClose={onClose}>
      <form onSubmit={submit}>
        <p>{intro}</p>
        {error && <Alert kind="error">{error}</Alert>}
        <Field label={`${label}`}>
          <textarea
            required
            maxLength={500}
            rows={3}
            value={reason}
            onInput={(e) => setReason(e.currentTarget.value)}
          />
        </Field>
        <FormActions submit={submitLabel} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
