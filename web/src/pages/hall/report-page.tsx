import { useEffect, useState } from 'preact/hooks';
import { api, apiText, download, errorText } from '../../api/client.js';
import type { HallFigures, HallYear } from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { thisYear } from '../../dates.js';
import { navigate } from '../../router.js';
import { Alert, Loading } from '../../ui/common.js';
import { PrintDialog } from '../../ui/print-dialog.js';

const COLUMNS: Array<[keyof HallFigures, string]> = [
  ['sittingDays', '坐班天数'],
  ['sittingHalfDays', '半天数'],
  ['walkInBatches', '来访批次'],
  ['walkInPersons', '来访人次'],
  ['appointmentBatches', '约访批次'],
  ['appointmentPersons', '约访人次'],
  ['batches', '合计批次'],
  ['persons', '合计人次'],
  ['priorityReceived', '重点约访接待'],
  ['priorityResolved', '重点约访化解'],
  ['casesOpen', '包案在办'],
  ['casesClosed', '包案办结'],
  ['onTimeRate', '按期办结率%'],
  ['satisfactionRate', '群众满意率%'],
  ['substitutions', '代班'],
  ['absences', '缺席'],
];

function Row({ head, f }: { head: string; f: HallFigures }) {
  return (
    <tr>
      <th scope="row">{head}</th>
      {COLUMNS.map(([k]) => (
        <td key={k}>{f[k] ?? '—'}</td>
      ))}
    </tr>
  );
}

function FigureTable({ label, rows }: { label: string; rows: Array<[string, HallFigures]> }) {
  return (
    <div class="table-scroll">
      <table class="data-table" aria-label={label}>
        <thead>
          <tr>
            <th scope="col">{label}</th>
            {COLUMNS.map(([k, l]) => (
              <th key={k} scope="col">
                {l}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map(([head, f]) => (
            <Row key={head} head={head} f={f} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** 年度报告: the report's sentences and figures from the record; printable, and as xlsx. */
export function ReportPage({ query }: { query: URLSearchParams }) {
  const { unit } = useSigned();
  const year = Number(query.get('year')) || thisYear();
  const [data, setData] = useState<HallYear | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    setData(null);
    setError(null);
    api<HallYear>(`/units/${unit.id}/hall-figures?year=${year}`)
      .then(setData)
      .catch((err: unknown) => setError(errorText(err)));
  }, [year]);

  return (
    <section class="page" aria-labelledby="page-title">
      <div class="page-head">
        <h1 id="page-title">{year}年接访工作报告</h1>
      </div>
      <div class="toolbar" role="group" aria-label="年份与导出">
        <button type="button" onClick={() => navigate(`/report?year=${year - 1}`)}>
          ‹ {year - 1}年
        </button>
        <button type="button" onClick={() => navigate(`/report?year=${year + 1}`)}>
          {year + 1}年 ›
        </button>
        <button
          type="button"
          onClick={async () => {
            try {
              setHtml(await apiText(`/units/${unit.id}/hall-report?year=${year}`));
            } catch (err) {
              setError(errorText(err));
            }
          }}
        >
          打印报告
        </button>
        <button
          type="button"
          onClick={() =>
            download(
              `/units/${unit.id}/hall-figures.xlsx?year=${year}`,
              `${year}-hall-figures.xlsx`,
            ).catch((err: unknown) => setError(errorText(err)))
          }
        >
          导出 Excel
        </button>
      </div>
      {error && <Alert kind="error">{error}</Alert>}
      {!data && !error && <Loading />}
      {data && (
        <>
          {data.demo && (
            <Alert kind="warning">本年度数据含演示数据（青嵘市示例），不是真实记录。</Alert>
          )}
          <p>
            {unit.name}，统计截至 {data.asOf}，依据到岗登记、来访接待和约访接待记录。
          </p>
          <ul class="report-sentences" aria-label="报告语句">
            <li>{data.sentence}。</li>
            {data.byPeriod.map((p) => (
              <li key={p.id}>{p.sentence}。</li>
            ))}
          </ul>
          <h2>全年与各月</h2>
          <FigureTable
            label="月份"
            rows={[
              ['全年', data.total],
              ...data.byMonth.map(
                (m) => [`${Number(m.month.slice(5))}月`, m.figures] as [string, HallFigures],
              ),
            ]}
          />
          <h2>特护期</h2>
          <FigureTable label="特护期" rows={data.byPeriod.map((p) => [p.name, p.figures])} />
          <h2>领导</h2>
          <FigureTable label="领导" rows={data.byLeader.map((l) => [l.name, l.figures])} />
        </>
      )}
      {html && (
        <PrintDialog
          title="年度接访工作报告"
          frameTitle="报告预览"
          html={html}
          onClose={() => setHtml(null)}
        />
      )}
    </section>
  );
}
