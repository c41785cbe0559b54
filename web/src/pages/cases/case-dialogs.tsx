import { api } from '../../api/client.js';
import type { Department, Leader, PriorityCase, Subject } from '../../api/types.js';
import { Dialog } from '../../ui/dialog.js';
import { FormActions } from '../../ui/form.js';
import { ReasonDialog } from '../../ui/reason-dialog.js';
import { useScrollIntoView } from '../../ui/use-scroll-into-view.js';
import { CaseEditFields } from './case-edit-fields.js';
import { PetitionersEditor } from './petitioners-editor.js';
import { RowProblems } from './row-problems.js';
import { useCaseEdit } from './use-case-edit.js';

interface EditProps {
  priorityCase: PriorityCase;
  leaders: Leader[];
  subjects: Subject[];
  departments: Department[];
  onClose: () => void;
  onDone: (text: string) => void;
}

/**
 * 修改案件: the submission's fields. Petitioners are changed only on request, after loading
 * their full data (an audited read); otherwise the stored ones stay as they are.
 */
export function CaseEditDialog({ priorityCase, subjects, onClose, onDone, ...lists }: EditProps) {
  const edit = useCaseEdit(priorityCase, subjects, onDone);
  const { error, problems, conflict } = edit;
  const errorBox = useScrollIntoView<HTMLDivElement>(error, [problems]);
  return (
    <Dialog title={`修改案件：${edit.base.reference}`} onClose={onClose} wide>
      <form onSubmit={edit.submit} class="form-grid two-col case-form">
        {error && (
          <div ref={errorBox} class="span-2">
            <RowProblems error={error} problems={problems}>
              {conflict && (
                <button type="button" onClick={edit.reload}>
                  载入最新内容
                </button>
              )}
            </RowProblems>
          </div>
        )}
        <CaseEditFields edit={edit} subjects={subjects} {...lists} />
        <PetitionersEditor edit={edit} />
        <p class="muted small span-2">
          修改分类、截止日期、涉法涉诉或须参加的部门后，已安排的约访如不再符合条件，将退回待确认并标注原因；
          改为检举控告的案件，其约访全部取消。
        </p>
        <FormActions
          class="span-2"
          submit="保存修改"
          busy={edit.busy}
          busyText="正在保存…"
          disabled={conflict}
          onCancel={onClose}
        />
      </form>
    </Dialog>
  );
}

/** 办结: the case is closed with a reason; its open appointments are cancelled. */
export function CloseCaseDialog({
  priorityCase: c,
  onClose,
  onDone,
}: {
  priorityCase: PriorityCase;
  onClose: () => void;
  onDone: (text: string) => void;
}) {
  return (
    <ReasonDialog
      title={`办结案件：${c.reference}`}
      intro="办结后案件不再参加匹配，尚未接待的约访将取消，办理期限提醒停止。办结后不能再修改。"
      label="办结原因"
      submitLabel="办结"
      run={async (reason) => {
        await api<PriorityCase>(`/priority-cases/${c.id}/close`, {
          method: 'POST',
          body: { reason },
        });
        return `案件 ${c.reference} 已办结。`;
      }}
      onClose={onClose}
      onDone={onDone}
    />
  );
}
