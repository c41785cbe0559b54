import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { Appointment, MatchOutcome } from '../../api/types.js';
import { acceptedText, matchedText } from './appointment-state.js';

export type PanelMessage = { kind: 'success' | 'error'; text: string } | null;

/** A month's appointments, the matching run over it, and accepting a proposal. */
export function useAppointments(
  unitId: string,
  month: string,
  refresh: number,
  onChanged: () => void,
) {
  const [list, setList] = useState<Appointment[] | null>(null);
  const [outcome, setOutcome] = useState<MatchOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<PanelMessage>(null);
  const failed = (err: unknown) => setMessage({ kind: 'error', text: errorText(err) });

  useEffect(() => {
    setList(null);
    api<Appointment[]>(`/units/${unitId}/appointments?month=${month}`).then(setList).catch(failed);
  }, [month, refresh]);

  useEffect(() => setOutcome(null), [month]);

  const match = async () => {
    setBusy(true);
    setMessage(null);
    try {
      const result = await api<MatchOutcome>(`/units/${unitId}/appointments/match`, {
        method: 'POST',
        body: { month },
      });
      setOutcome(result);
      setMessage({ kind: 'success', text: matchedText(result) });
      onChanged();
    } catch (err) {
      failed(err);
    } finally {
      setBusy(false);
    }
  };

  const accept = async (a: Appointment) => {
    setMessage(null);
    try {
      const done = await api<Appointment>(`/appointments/${a.id}/accept`, {
        method: 'POST',
        body: { version: a.version },
      });
      setMessage({ kind: 'success', text: acceptedText(a, done) });
    } catch (err) {
      failed(err);
    }
    onChanged();
  };

  return { list, outcome, busy, message, setMessage, match, accept };
}
