import { useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { DutyRecord } from '../../api/types.js';
import { ATTENDANCE_NAMES, SESSION_NAMES } from './hall-types.js';

/** One duty of the day: what happened, recorded once the session has begun. */
export function AttendanceRow(props: {
  unitId: string;
  duty: DutyRecord;
  leaders: Array<{ id: string; name: string }>;
  canRecord: boolean;
  onSaved: () => void;
}) {
  const d = props.duty;
  const [status, setStatus] = useState<'present' | 'substituted' | 'absent'>(
    d.status === 'unrecorded' ? 'present' : d.status,
  );
  const [substitute, setSubstitute] = useState('');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);
  const label = `${SESSION_NAMES[d.session]} ${d.plannedLeaderName}`;

  const save = async () => {
    setError(null);
    try {
      await api(`/units/${props.unitId}/attendance`, {
        method: 'PUT',
        body: {
          date: d.date,
          session: d.session,
          leaderId: d.plannedLeaderId,
          status,
          substituteLeaderId: status === 'substituted' ? substitute || null : null,
          reason: reason || null,
        },
      });
      props.onSaved();
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <tr>
      <th scope="row">{SESSION_NAMES[d.session]}</th>
      <td>{d.plannedLeaderName}</td>
      <td>
        {ATTENDANCE_NAMES[d.status]}
        {d.status === 'substituted' && d.satLeaderName ? `（${d.satLeaderName}）` : ''}
        {d.reason ? `：${d.reason}` : ''}
      </td>
      <td>
        {!d.begun && '尚未开始'}
        {d.begun && props.canRecord && (
          <div class="inline-form" role="group" aria-label={`登记到岗：${label}`}>
            <select
              aria-label="到岗情况"
              value={status}
              onChange={(e) => setStatus(e.currentTarget.value as typeof status)}
            >
              <option value="present">到岗</option>
              <option value="substituted">代班</option>
              <option value="absent">缺席</option>
            </select>
            {status === 'substituted' && (
              <select
                aria-label="代班领导"
                value={substitute}
                onChange={(e) => setSubstitute(e.currentTarget.value)}
              >
                <option value="">选择代班领导</option>
                {props.leaders
                  .filter((l) => l.id !== d.plannedLeaderId)
                  .map((l) => (
                    <option key={l.id} value={l.id}>
                      {l.name}
                    </option>
                  ))}
              </select>
            )}
            {status !== 'present' && (
              <input
                aria-label="原因"
                placeholder="原因"
                value={reason}
                onInput={(e) => setReason(e.currentTarget.value)}
              />
            )}
            <button type="button" onClick={save}>
              保存
            </button>
            {error && <span class="count-error">{error}</span>}
          </div>
        )}
      </td>
    </tr>
  );
}
