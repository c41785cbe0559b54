import { useState } from 'preact/hooks';
import { Dialog } from '../../ui/dialog.js';
import { FormActions, InputField } from '../../ui/form.js';

/** 修订重排: re-plans a published roster with as few changes as possible, and publishes it. */
export function AmendDialog({
  onAmend,
  onClose,
}: {
  onAmend: (reason: string) => void;
  onClose: () => void;
}) {
  const [reason, setReason] = useState('');
  return (
    <Dialog title="修订已发布的班表" onClose={onClose}>
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onAmend(reason.trim());
        }}
      >
        <p>
          系统将按最新的领导时间重新安排，尽量少改动已发布的安排，并直接发布新版本。
          如只需调整个别场次，可直接点击格子中的领导姓名进行调整，再发布。
        </p>
        <InputField
          label="修订原因（必填）"
          required
          maxLength={500}
          value={reason}
          onInput={(e) => setReason(e.currentTarget.value)}
          name="reason"
        />
        <FormActions submit="修订并发布" onCancel={onClose} />
      </form>
    </Dialog>
  );
}
