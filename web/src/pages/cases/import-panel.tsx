import { useRef, useState } from 'preact/hooks';
import { api, ApiError, download, errorText } from '../../api/client.js';
import type { CasesCreated, RowError } from '../../api/types.js';
import { Alert } from '../../ui/common.js';
import { InputField } from '../../ui/form.js';
import { DataTable } from '../../ui/table.js';

interface Props {
  /** 信访局, 政法委 and administrators submit cases; 两办 only downloads the template. */
  canSubmit: boolean;
  onImported: () => void;
}

function rowErrorsOf(err: unknown): RowError[] | null {
  if (!(err instanceof ApiError)) return null;
  const errors = err.body.errors;
  return Array.isArray(errors) ? (errors as RowError[]) : null;
}

/** 重点约访 import: the template, a file upload, and every row problem in a table. */
export function ImportPanel({ canSubmit, onImported }: Props) {
  const form = useRef<HTMLFormElement>(null);
  const [file, setFile] = useState<File | null>(null);
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ kind: 'success' | 'error'; text: string } | null>(null);
  const [errors, setErrors] = useState<RowError[] | null>(null);

  const template = async () => {
    try {
      await download('/priority-cases/template.xlsx', '重点约访导入模板.xlsx');
    } catch (err) {
      setResult({ kind: 'error', text: errorText(err) });
    }
  };

  const upload = async (e: Event) => {
    e.preventDefault();
    if (!file) {
      setResult({ kind: 'error', text: '请先选择要导入的 XLSX 或 CSV 文件' });
      return;
    }
    setBusy(true);
    setResult(null);
    setErrors(null);
    const body = new FormData();
    body.append('file', file);
    try {
      const done = await api<CasesCreated>('/priority-cases/import', {
        method: 'POST',
        form: body,
      });
      setResult({ kind: 'success', text: `已导入 ${done.created} 件案件。` });
      form.current?.reset();
      setFile(null);
      onImported();
    } catch (err) {
      setResult({ kind: 'error', text: errorText(err) });
      setErrors(rowErrorsOf(err));
    } finally {
      setBusy(false);
    }
  };

  return (
    <section class="panel" aria-labelledby="import-title">
      <h2 id="import-title">导入案件</h2>
      <div class="toolbar">
        <button type="button" onClick={template}>
          下载导入模板
        </button>
        {!canSubmit && <span class="muted small">案件由市信访局、市委政法委报送。</span>}
      </div>
      {canSubmit && (
        <form ref={form} class="upload-form" onSubmit={upload}>
          <InputField
            label="案件文件（XLSX 或 CSV，按模板填写）"
            type="file"
            name="file"
            accept=".xlsx,.csv,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(e) => setFile(e.currentTarget.files?.[0] ?? null)}
          />
          <button type="submit" class="primary" disabled={busy}>
            {busy ? '正在导入…' : '上传并导入'}
          </button>
        </form>
      )}
      {result && (
        <Alert kind={result.kind} onDismiss={() => setResult(null)}>
          {result.text}
        </Alert>
      )}
      {errors && errors.length > 0 && (
        <DataTable
          class="row-errors"
          caption={`文件中的问题（共 ${errors.length} 处；整份文件未导入，请改正后重新上传）`}
          columns={['行号', '列', '问题']}
        >
          {errors.map((e, i) => (
            <tr key={i}>
              <td>{e.row === null ? '整个文件' : `第 ${e.row} 行`}</td>
              <td>{e.column ?? '—'}</td>
              <td>{e.message}</td>
            </tr>
          ))}
        </DataTable>
      )}
    </section>
  );
}
