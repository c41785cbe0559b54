import { useState } from 'preact/hooks';
import { download, errorText } from '../../api/client.js';
import type { HallFigures, HallYear } from '../../api/types.js';
import { useSigned } from '../../auth.js';
import { thisYear } from '../../dates.js';
import { monthOfYear } from '../../labels.js';
import { navigate } from '../../router.js';
import { Alert, Loading } from '../../ui/common.js';
import { usePrintout } from '../../ui/print-dialog.js';
import { FigureTable, type FigureRow } from '../../ui/table.js';
import { useYearData } from '../../ui/use-year-data.js';

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

/** A table of the report's figures, headed by what its rows are (月份, 特护期, 领导). */
function Figures({ label, rows }: { label: string; rows: Array<FigureRow<HallFigures>> }) {
  return <FigureTable label={label} head={label} columns={COLUMNS} rows={rows} />;
}

/** 年度报告: the report's sentences and figures from the record; printable, and as xlsx. */
export function ReportPage({ query }: { query: URLSearchParams }) {
  const { unit } = useSigned();
  const year = Number(query.get('year')) || thisYear();
  const [error, setError] = useState<string | null>(null);
  const data = useYearData<HallYear>(`/units/${unit.id}/hall-figures`, year, setError);
  const printout = usePrintout('年度接访工作报告', '报告预览', setError);

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
          onClick={() => printout.open(`/units/${unit.id}/hall-report?year=${year}`)}
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
          <Figures
            label="月份"
            rows={[
              { key: 'year', head: '全年', figures: data.total },
              ...data.byMonth.map((m) => ({
                key: m.month,
                head: monthOfYear(m.month),
                figures: m.figures,
              })),
            ]}
          />
          <h2>特护期</h2>
          <Figures
            label="特护期"
            rows={data.byPeriod.map((p) => ({ key: p.id, head: p.name, figures: p.figures }))}
          />
          <h2>领导</h2>
          <Figures
            label="领导"
            rows={data.byLeader.map((l) => ({ key: l.leaderId, head: l.name, figures: l.figures }))}
          />
        </>
      )}
      {printout.dialog}
    </section>
  );
}
