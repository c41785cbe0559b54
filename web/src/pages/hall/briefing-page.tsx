import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { Briefing } from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { today } from '../../dates.js';
import { Alert, Loading } from '../../ui/common.js';
import { usePrintout } from '../../ui/print-dialog.js';
import { SESSION_NAMES } from './hall-types.js';

/** 接访简介: the leader's coming sessions; names in full only on the day (audited). */
export function BriefingPage() {
  const { me } = useSigned();
  const [data, setData] = useState<Briefing | null>(null);
  const [error, setError] = useState<string | null>(null);
  const printout = usePrintout('接访情况简介', '简介预览', setError);
  const base = `/leaders/${me.leaderId}/briefing`;

  const load = (reveal = false) =>
    api<Briefing>(reveal ? `${base}?date=${today()}&reveal=true` : base)
      .then(setData)
      .catch((err: unknown) => setError(errorText(err)));
  useEffect(() => {
    void load();
  }, []);

  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">接访简介</h1>
      </div>
      <div class="toolbar">
        <button type="button" onClick={() => printout.open(`${base}.html`)}>
          打印简介
        </button>
        {data?.sessions.some((s) => s.sessionDay) && (
          <button type="button" onClick={() => void load(true)}>
            查看今日信访人姓名（查看留痕）
          </button>
        )}
      </div>
      {error && <Alert kind="error">{error}</Alert>}
      {!data && !error && <Loading />}
      {data && data.sessions.length === 0 && <p>近期没有已约定的重点约访。</p>}
      {data?.sessions.map((s) => (
        <div key={`${s.date}|${s.session}`}>
          <h2>
            {s.date} {SESSION_NAMES[s.session]}
            {s.revealed ? '' : '（信访人姓名接访当日显示）'}
          </h2>
          <table class="data-table">
            <thead>
              <tr>
                <th scope="col">案件编号</th>
                <th scope="col">时段</th>
                <th scope="col">信访人</th>
                <th scope="col">事项</th>
                <th scope="col">既往接待</th>
                <th scope="col">原包案领导</th>
                <th scope="col">参加部门</th>
              </tr>
            </thead>
            <tbody>
              {s.cases.map((c) => (
                <tr key={c.appointmentId}>
                  <th scope="row">{c.reference}</th>
                  <td>
                    {c.slotStart}–{c.slotEnd}
                  </td>
                  <td>{c.petitioners.join('、')}</td>
                  <td>{c.summary}</td>
                  <td>
                    {c.history.map((h) => `${h.date} ${h.leaderName} ${h.outcome}`).join('；') ||
                      '首次'}
                  </td>
                  <td>{c.previousLeaderName ?? '—'}</td>
                  <td>{c.departments.join('、') || '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
      {printout.dialog}
    </section>
  );
}
