import type { YearDetail } from '../../api/types.js';
import { Alert } from '../../ui/common.js';
import { RadioRow } from '../../ui/form.js';
import { arrangementText, type ImportProblem } from './holiday-data.js';
import { useYearEditor, type Method } from './use-year-editor.js';
import { splitProblems } from './year-editor-text.js';
import { PreviewView } from './year-preview.js';

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

/**
 * Confirms or corrects a year: from the package or pasted text, always through a preview of
 * what would be stored (POST …/preview) before the PUT that stores it.
 */
export function YearEditor(props: Props) {
  const { year, packageSource, packageHasYear, current } = props;
  const editor = useYearEditor({
    year,
    base: props.basePath ?? '/calendar/years',
    packageHasYear,
    current,
    initialText: current ? arrangementText(current) : '',
    onConfirmed: props.onConfirmed,
  });
  const { method, preview, busy } = editor;
  const problems = splitProblems(editor.problems);

  return (
    <div class="year-editor">
      <h3>{current ? `更正 ${year} 年安排` : `确认 ${year} 年安排`}</h3>
      {current && <CorrectionNotice rosters={props.rosters} />}
      <form onSubmit={editor.check}>
        {packageHasYear !== false ? (
          <fieldset class="field">
            <legend>确认方式</legend>
            <RadioRow
              name="method"
              names={methodNames(packageSource)}
              value={method}
              onValue={editor.choose}
            />
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
          <HolidayText
            year={year}
            text={editor.text}
            onText={editor.edit}
            boxRef={editor.textBox}
            problems={problems.text}
            onLine={editor.goToLine}
          />
        )}
        {problems.other.length > 0 && (
          <Alert kind="error">
            <ul>
              {problems.other.map((p, i) => (
                <li key={i}>{p.message}</li>
              ))}
            </ul>
          </Alert>
        )}
        {editor.error && <Alert kind="error">{editor.error}</Alert>}
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
          headingRef={editor.previewHeading}
          busy={busy}
          onConfirm={() => void editor.confirm()}
        />
      )}
    </div>
  );
}

const methodNames = (packageSource: string): Record<Method, string> => ({
  package: `采用节假日数据包（${packageSource}）的安排`,
  text: '粘贴国务院办公厅通知的安排',
});

/** What a correction does not do to the year's rosters. */
function CorrectionNotice({ rosters }: { rosters: number }) {
  return (
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
  );
}

/** The pasted arrangement, its format, and its problems by line (a click selects the line). */
function HolidayText(props: {
  year: number;
  text: string;
  onText: (text: string) => void;
  boxRef: { current: HTMLTextAreaElement | null };
  problems: ImportProblem[];
  onLine: (line: number) => void;
}) {
  const { year, problems } = props;
  return (
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
        ref={props.boxRef}
        class="holiday-text"
        rows={14}
        spellcheck={false}
        value={props.text}
        aria-invalid={problems.length > 0 ? 'true' : undefined}
        aria-describedby={problems.length > 0 ? `${TEXT_HELP_ID} ${PROBLEMS_ID}` : TEXT_HELP_ID}
        placeholder={`# 国务院办公厅关于${year}年部分节假日安排的通知\n${year}-01-01 休 元旦\n…`}
        onInput={(e) => props.onText(e.currentTarget.value)}
      />
      {problems.length > 0 && (
        <div id={PROBLEMS_ID} class="text-problems" role="alert">
          <p>
            <strong>有 {problems.length} 处问题，未保存任何内容：</strong>
          </p>
          <ul>
            {problems.map((p, i) => (
              <li key={i}>
                {p.line ? (
                  <button
                    type="button"
                    class="link-button"
                    onClick={() => props.onLine(p.line!)}
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
  );
}
