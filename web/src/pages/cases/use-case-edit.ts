import { useState } from 'preact/hooks';
import { api, ApiError, errorText } from '../../api/client.js';
import type { CaseUpdateResult, PriorityCase, RowError, Subject } from '../../api/types.js';
import {
  type CaseForm,
  formOf,
  invalidRows,
  patchOf,
  peopleOf,
  type PersonForm,
  savedText,
} from './case-form.js';
import { caseFieldName } from './case-labels.js';

/**
 * The state of 修改案件: the form over the case as loaded, the petitioners once loaded in full
 * (an audited read) for editing, and the save with its refusals and version conflicts.
 */
export function useCaseEdit(
  priorityCase: PriorityCase,
  subjects: Subject[],
  onDone: (text: string) => void,
) {
  const [base, setBase] = useState(priorityCase);
  const [form, setForm] = useState(() => formOf(priorityCase));
  const [people, setPeople] = useState<PersonForm[] | null>(null);
  const [loadingPeople, setLoadingPeople] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [problems, setProblems] = useState<RowError[]>([]);
  const [conflict, setConflict] = useState(false);
  const [busy, setBusy] = useState(false);

  const update = (change: Partial<CaseForm>) => setForm({ ...form, ...change });

  const editPeople = async () => {
    setLoadingPeople(true);
    setError(null);
    try {
      setPeople(peopleOf(await api<PriorityCase>(`/priority-cases/${base.id}?reveal=true`)));
    } catch (err) {
      setError(errorText(err));
    } finally {
      setLoadingPeople(false);
    }
  };

  /** After a version conflict: the newest version replaces the form (the edits are lost). */
  const reload = async () => {
    setError(null);
    setProblems([]);
    try {
      const fresh = await api<PriorityCase>(`/priority-cases/${base.id}`);
      setBase(fresh);
      setForm(formOf(fresh));
      setPeople(null);
      setConflict(false);
    } catch (err) {
      setError(errorText(err));
    }
  };

  const refused = (err: unknown) => {
    if (err instanceof ApiError && err.code === 'VERSION_CONFLICT') {
      setConflict(true);
      setError('保存失败：该案件在您打开后已被他人修改。请载入最新内容后重新修改。');
      return;
    }
    const rows = invalidRows(err);
    setProblems(rows);
    setError(
      !rows.length && err instanceof ApiError && err.field
        ? `${caseFieldName(err.field)}：${errorText(err)}`
        : errorText(err),
    );
  };

  const submit = async (e: Event) => {
    e.preventDefault();
    const patch = patchOf(base, form, subjects, people);
    if (Object.keys(patch).length === 0) {
      setError('没有修改任何内容。');
      return;
    }
    setBusy(true);
    setError(null);
    setProblems([]);
    try {
      const saved = await api<CaseUpdateResult>(`/priority-cases/${base.id}`, {
        method: 'PATCH',
        body: { version: base.version, ...patch },
      });
      onDone(savedText(saved));
    } catch (err) {
      refused(err);
      setBusy(false);
    }
  };

  return {
    base,
    form,
    update,
    people,
    setPeople,
    loadingPeople,
    editPeople,
    error,
    problems,
    conflict,
    busy,
    reload,
    submit,
  };
}

export type CaseEdit = ReturnType<typeof useCaseEdit>;
