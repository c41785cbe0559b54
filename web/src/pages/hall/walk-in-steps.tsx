import { useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import { Alert } from '../../ui/common.js';
import { Dialog } from '../../ui/dialog.js';
import type { WalkIn } from '../../api/types.js';
import { SATISFACTION_NAMES } from './hall-types.js';
import { CheckboxField, FormActions, Radios, TextAreaField } from '../../ui/form.js';

/** 办结 (with the result) or 回访 (satisfaction, resolved) of one walk-in. */
export function WalkInStep(props: {
  walkIn: WalkIn;
  step: 'close' | 'follow-up';
  onClose: () => void;
  onSaved: (message: string) => void;
}) {
  const w = props.walkIn;
  const [result, setResult] = useState('');
  const [satisfaction, setSatisfaction] = useState<keyof typeof SATISFACTION_NAMES>('satisfied');
  const [resolved, setResolved] = useState(true);
  const [error, setError] = useState<string | null>(null);
  const close = props.step === 'close';

  const submit = async (e: Event) => {
    e.preventDefault();
    setError(null);
    try {
      await api(`/walk-ins/${w.id}/${props.step}`, {
        method: 'POST',
        body: close
          ? { version: w.version, result }
          : { version: w.version, satisfaction, resolved },
      });
      props.onSaved(close ? `${w.reference} 已办结。` : `${w.reference} 已回访。`);
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <Dialog title={`${close ? '办结' : '回访'}：${w.reference}`} onClose={props.onClose}>
      <form onSubmit={submit} class="form-grid">
        {error && <Alert kind="error">{error}</Alert>}
        {close ? (
          <TextAreaField
            label="办理结果"
            required
            value={result}
            onInput={(e) => setResult(e.currentTarget.value)}
          />
        ) : (
          <>
            <fieldset>
              <legend>群众评价</legend>
              <Radios
                name="satisfaction"
                labelClass="checkbox"
                names={SATISFACTION_NAMES}
                value={satisfaction}
                onValue={setSatisfaction}
              />
            </fieldset>
            <CheckboxField
              label="问题已化解"
              checked={resolved}
              onChange={(e) => setResolved(e.currentTarget.checked)}
            />
          </>
        )}
        <FormActions submit={close ? '办结' : '保存回访'} onCancel={props.onClose} />
      </form>
    </Dialog>
  );
}
