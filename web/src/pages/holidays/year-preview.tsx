import type { ArrangementChange, YearPreview } from '../../api/types.js';
import { monthName, rosterStatusName } from '../../labels.js';
import { linkClick } from '../../router.js';
import { Alert } from '../../ui/common.js';
import { DataTable } from '../../ui/table.js';
import { ArrangementTable, dayText } from './arrangement-table.js';
import { KIND_WORDS, sourceName } from './holiday-data.js';

function kindText(entry: ArrangementChange['before']): string {
  return entry ? `${entry.name}${KIND_WORDS[entry.kind]}` : '普通日期（按周一至周五上班）';
}

/** What confirming would store, what it changes, and the rosters in changed months. */
export function PreviewView({
  year,
  unitId,
  preview,
  headingRef,
  busy,
  onConfirm,
}: {
  year: number;
  unitId: string;
  preview: YearPreview;
  headingRef: { current: HTMLHeadingElement | null };
  busy: boolean;
  onConfirm: () => void;
}) {
  const { current, changes, affectedRosters } = preview;
  return (
    <section class="holiday-preview" aria-labelledby="preview-title">
      <h3 id="preview-title" ref={headingRef} tabIndex={-1}>
        预览：将{current ? '更正为' : '确认'}的 {year} 年安排（尚未保存）
      </h3>
      <p>来源：{sourceName(preview.source)}</p>
      <ArrangementTable
        holidays={preview.holidays}
        makeupWorkdays={preview.makeupWorkdays}
        caption="将保存的安排"
      />
      {current && changes.length === 0 && (
        <Alert kind="info">与现有安排完全相同；确认只会更新来源、确认时间和确认人。</Alert>
      )}
      {current && changes.length > 0 && (
        <DataTable
          caption={`与现有安排相比有变化的日期（${changes.length} 天）`}
          columns={['日期', '现在', '更正后']}
        >
          {changes.map((c) => (
            <tr key={c.date}>
              <th scope="row">{dayText(c.date)}</th>
              <td>{kindText(c.before)}</td>
              <td>{kindText(c.after)}</td>
            </tr>
          ))}
        </DataTable>
      )}
      {affectedRosters.length > 0 && (
        <Alert kind="warning">
          <p>
            以下班表所在月份的安排有变化。确认后这些班表不会自动调整：已发布的仍按原样有效，需由两办修订重排；草稿需重新求解后才能发布。
          </p>
          <ul>
            {affectedRosters.map((r) => {
              const label = `${r.unitName} ${monthName(r.month)}班表`;
              const href = `/roster?month=${r.month}`;
              return (
                <li key={r.id}>
                  {r.unitId === unitId ? (
                    <a href={href} onClick={(e) => linkClick(e, href)}>
                      {label}
                    </a>
                  ) : (
                    label
                  )}
                  ：{rosterStatusName(r.status)}
                  {r.publishedVersion > 0 ? `（已发布第 ${r.publishedVersion} 版）` : ''}，
                  {r.dutiesOnChangedDates > 0
                    ? `${r.dutiesOnChangedDates} 个接访安排落在变化的日期上`
                    : '没有安排落在变化的日期上；变为工作日的日期可能缺少接访领导'}
                </li>
              );
            })}
          </ul>
        </Alert>
      )}
      <div class="actions">
        <button type="button" class="primary" disabled={busy} onClick={onConfirm}>
          {busy ? '正在保存…' : current ? `更正 ${year} 年节假日安排` : `确认 ${year} 年节假日安排`}
        </button>
      </div>
    </section>
  );
}
