import { useEffect, useMemo, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { Department, Leader, Subject } from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { pageMonth } from '../../month-memory.js';
import { navigate } from '../../router.js';
import { Alert, Note } from '../../ui/common.js';
import { AppointmentsPanel } from './appointments-panel.js';
import { CaseTable } from './case-table.js';
import { ImportPanel } from './import-panel.js';
import { NewCaseDialog } from './new-case-dialog.js';
import { ReceptionRecordsPanel } from './reception-records.js';

/**
 * 重点约访: 信访局 and 政法委 import, edit and close screened cases; staff match them to leaders'
 * published sessions, decide on the proposals, record receptions and watch handling deadlines.
 * Personal data stays masked unless explicitly revealed.
 */
export function CasesPage({ query }: { query: URLSearchParams }) {
  const { me, unit } = useSigned();
  const month = pageMonth(query.get('month'));
  const submitter = me.role === 'admin' || me.role === 'petition' || me.role === 'politics';
  const [refresh, setRefresh] = useState(0);
  const [leaders, setLeaders] = useState<Leader[]>([]);
  const [subjects, setSubjects] = useState<Subject[]>([]);
  const [departments, setDepartments] = useState<Department[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [added, setAdded] = useState<string | null>(null);

  useEffect(() => {
    Promise.all([
      api<Leader[]>(`/leaders?unitId=${unit.id}&includeInactive=true`),
      api<Subject[]>('/subjects'),
      api<Department[]>(`/departments?unitId=${unit.id}`),
    ])
      .then(([l, s, d]) => {
        setLeaders(l);
        setSubjects(s);
        setDepartments(d);
      })
      .catch((err: unknown) => setError(errorText(err)));
  }, []);

  const leaderMap = useMemo(() => new Map(leaders.map((l) => [l.id, l])), [leaders]);
  const subjectNames = useMemo(() => new Map(subjects.map((s) => [s.code, s.name])), [subjects]);
  const changed = () => setRefresh((n) => n + 1);

  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">重点约访</h1>
        {submitter && (
          <button type="button" onClick={() => setAdding(true)}>
            录入单个案件…
          </button>
        )}
      </div>
      {error && <Alert kind="error">{error}</Alert>}
      <Note text={added} onDismiss={() => setAdded(null)} />
      {adding && (
        <NewCaseDialog
          leaders={leaders}
          subjects={subjects}
          departments={departments}
          onClose={() => setAdding(false)}
          onDone={(text) => {
            setAdding(false);
            setAdded(text);
            changed();
          }}
        />
      )}
      <ImportPanel canSubmit={submitter} onImported={changed} />
      <AppointmentsPanel
        month={month}
        onMonth={(m) => navigate(`/priority-cases?month=${m}`, true)}
        leaders={leaderMap}
        subjectNames={subjectNames}
        departments={departments}
        refresh={refresh}
        onChanged={changed}
      />
      <CaseTable
        refresh={refresh}
        canReveal={submitter}
        canEdit={submitter}
        leaders={leaders}
        subjects={subjects}
        departments={departments}
        onChanged={changed}
      />
      <ReceptionRecordsPanel month={month} refresh={refresh} canExtend onChanged={changed} />
    </section>
  );
}
