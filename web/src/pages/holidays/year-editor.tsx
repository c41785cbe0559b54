import { useEffect, useRef, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { ArrangementChange, YearDetail, YearPreview } from '../../api/types.js';
import { monthName, rosterStatusName } from '../../labels.js';
import { linkClick } from '../../router.js';
import { Alert } from '../../ui/common.js';
import {
  arrangementText,
  KIND_WORDS,
  problemsOf,
  sourceName,
  type ConfirmBody,
  type ImportProblem,
} from './holiday-data.js';
import { ArrangementTable, dayText } from './arrangement-table.js';
import { DataTable } from '../../ui/table.js';

interface Props {
  year: number;
  /** The signed-in unit: its rosters get a link to the roster page. */
  unitId: string;
  packageSource: string;
  /** null: not known (a year outside the status list); the preview will tell. */
  packageHasYear: boolean | null;
  /** The confirmed arrangement being corrected; null for a year not confirmed yet. */
  current: YearDetail | null;
  /** Rosters already planned in the year (any unit). */
  rosters: number;
  onCancel?: () => void;
  onConfirmed: (message: string) => void;
  /** Where the year is previewed and confirmed (a unit's office: /units/{id}/calendar/years). */
  basePath?: string;
}

const TEXT_HELP_ID = 'holiday-text-help';
const PROBLEMS_ID = 'holiday-text-problems';

/** The character range of 1-based `line` in `text`, to select it in the text box. */
function lineRange(text: string, line: number): [number, number] {
  const lines = text.split('\n');
  const start = lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
  return [start, start + (lines[line - 1]?.length ?? 0)];
}

/**
 * Confirms or corrects a year: from the package or pasted text, always through a preview of
 * what would be stored (POST …/preview) before the PUT that stores it.
 */
export function YearEditor(props: Props) {
  const { year, packageSource, packageHasYear, current, rosters } = props;
  const base = props.basePath ?? '/calendar/years';
  const [method, setMethod] = useState<'package' | 'text'>(
    packageHasYear && !current ? 'package' : 'text',
  );
  const [text, setText] = useState(current ? arrangementText(current) : '');
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ body: ConfirmBody; result: YearPreview } | null>(null);
  const [busy, setBusy] = useState(false);
  const textBox = useRef<HTMLTextAreaElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  const body = (): ConfirmBody => (method === 'package' ? { fromPackage: true } : { text });
  const changed = () => {
    setPreview(null);
    setProblems([]);
    setError(null);
  };

  const check = async (e: Event) => {
    e.preventDefault();
    const sent = body();
    setBusy(true);
    changed();
    try {
      const result = await api<YearPreview>(`${base}/${year}/preview`, {
        method: 'POST',
        body: sent,
      });
      setPreview({ body: sent, result });
    } catch (err) {
      const found = problemsOf(err);
      if (found.length) setProblems(found);
      else setError(errorText(err));
    } finally {
      setBusy(false);
    }
  };

  const confirm = async () => {
    if (!preview) return;
    const affected = preview.result.affectedRosters;
    if (
      affected.length > 0 &&
      !window.confirm(
        `有 ${affected.length} 份班表的月份安排发生变化，系统不会自动调整这些班表。确定更正 ${year} 年节假日安排吗？`,
      )
    )
      return;
    setBusy(true);
    setError(null);
    try {
      const saved = await api<YearDetail>(`${base}/${year}`, {
        method: 'PUT',
        body: preview.body,
      });
      props.onConfirmed(
        `已${current ? '更正' : '确认'} ${year} 年节假日安排：放假 ${saved.holidays.length} 天，调休上班 ${saved.makeupWorkdays.length} 天。${
          affected.length ? '请通知两办处理受影响的班表。' : `现在可以为 ${year} 年的月份排班。`
        }`,
      );
    } catch (err) {
      const found = problemsOf(err);
      if (found.length) setProblems(found);
      setError(errorText(err));
      setBusy(false);
    }
  };

  const goToLine = (line: number) => {
    const box = textBox.current;
    if (!box) return;
    const [from, to] = lineRange(box.value, line);
    box.focus();
    box.setSelectionRange(from, to);
  };

  const textProblems = problems.filter((p) => p.field === 'text' || p.line);
  const otherProblems = problems.filter((p) => !textProblems.includes(p));

  return (
    <div class="year-editor">
      <h3>{current ? `更正 ${year} 年安排` : `确认 ${year} 年安排`}</h3>
      {current && (
        <Alert kind="info">
          <p>
            更正后立即生效，各月日历按新安排计算。系统不会自动调整已有的班表
            {rosters > 0 ? `（本年已有 ${rosters} 份）` : ''}：
          </p>
          <ul>
            <li>
              草稿班表中落在新假日上的安排、新调休上班日的空缺会在班表页标为错误，需“重新求解”或手工调整后才能发布；
            </li>
            <li>
              已发布的班表仍按原样有效，领导日程、订阅日历和提醒都不变，需由两办“修订重排”或调整后重新发布。
            </li>
          </ul>
          <p>确认前的预览会列出受影响的班表。</p>
        </Alert>
      )}
      <form onSubmit={check}>
        {packageHasYear !== false ? (
          <fieldset class="field">
            <legend>确认方式</legend>
            <div class="radio-row">
              <label class="radio">
                <input
                  type="radio"
                  name="method"
                  value="package"
                  checked={method === 'package'}
                  onChange={() => {
                    setMethod('package');
                    changed();
                  }}
                />
                采用节假日数据包（{packageSource}）的安排
              </label>
              <label class="radio">
                <input
                  type="radio"
                  name="method"
                  value="text"
                  checked={method === 'text'}
                  onChange={() => {
                    setMethod('text');
                    changed();
                  }}
                />
                粘贴国务院办公厅通知的安排
              </label>
            </div>
          </fieldset>
        ) : (
          <p>
            节假日数据包（{packageSource}）尚无 {year}{' '}
            年的安排。请对照国务院办公厅关于该年部分节假日安排的通知，逐条粘贴。
          </p>
        )}
        {method === 'package' && packageHasYear === null && (
          <p class="muted small">如数据包没有该年的安排，预览时会提示。</p>
        )}
        {method === 'text' && (
          <div class="field">
            <label for="holiday-text">{year} 年安排（每行一条）</label>
            <p id={TEXT_HELP_ID} class="muted small">
              格式：<code>日期 休/班 节日名称</code>，日期可写成范围，如
              <code>{year}-01-01 休 元旦</code>、
              <code>
                {year}-02-06~{year}-02-12 休 春节
              </code>
              、<code>{year}-02-14 班 春节</code>
              。“休”为放假（含假期中的周末），“班”为调休上班的周六或周日；以 # 开头的行不读取。
              也可直接粘贴通知原文（如“一、元旦：1月1日（周四）至3日（周六）放假调休，共3天。1月4日（周日）上班。”），系统逐条读取放假和上班日期。
            </p>
            <textarea
              id="holiday-text"
              ref={textBox}
              class="holiday-text"
              rows={14}
              spellcheck={false}
              value={text}
              aria-invalid={textProblems.length > 0 ? 'true' : undefined}
              aria-describedby={
                textProblems.length > 0 ? `${TEXT_HELP_ID} ${PROBLEMS_ID}` : TEXT_HELP_ID
              }
              placeholder={`# 国务院办公厅关于${year}年部分节假日安排的通知\n${year}-01-01 休 元旦\n…`}
              onInput={(e) => {
                setText(e.currentTarget.value);
                changed();
              }}
            />
            {textProblems.length > 0 && (
              <div id={PROBLEMS_ID} class="text-problems" role="alert">
                <p>
                  <strong>有 {textProblems.length} 处问题，未保存任何内容：</strong>
                </p>
                <ul>
                  {textProblems.map((p, i) => (
                    <li key={i}>
                      {p.line ? (
                        <button
                          type="button"
                          class="link-button"
                          onClick={() => goToLine(p.line!)}
                          title="在文本框中选中这一行"
                        >
                          {p.message}
                        </button>
                      ) : (
                        p.message
                      )}
                    </li>
                  ))}
                </ul>
              </div>
            )}
          </div>
        )}
        {otherProblems.length > 0 && (
          <Alert kind="error">
            <ul>
              {otherProblems.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </Alert>
        )}
        {error && <Alert kind="error">{error}</Alert>}
        <div class="actions">
          <button type="submit" class={preview ? undefined : 'primary'} disabled={busy}>
            {busy && !preview ? '正在检查…' : '检查并预览'}
          </button>
          {props.onCancel && (
            <button type="button" onClick={props.onCancel}>
              取消更正
            </button>
          )}
        </div>
      </form>
      {preview && (
        <PreviewView
          year={year}
          unitId={props.unitId}
          preview={preview.result}
          headingRef={previewHeading}
          busy={busy}
          onConfirm={() => void confirm()}
        />
      )}
    </div>
  );
}

function kindText(entry: ArrangementChange['before']): string {
  return entry ? `${entry.name}${KIND_WORDS[entry.kind]}` : '普通日期（按周一至周五上班）';
}

function PreviewView({
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
