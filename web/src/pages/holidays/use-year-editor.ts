import { useEffect, useRef, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type { YearDetail, YearPreview } from '../../api/types.js';
import { problemsOf, type ConfirmBody, type ImportProblem } from './holiday-data.js';
import { confirmedText, correctionQuestion, lineRange } from './year-editor-text.js';

export type Method = 'package' | 'text';

/**
 * The year editor's state: the method and text, a preview of what would be stored (POST
 * …/preview), and the PUT that stores it. Any edit drops the preview and the problems.
 */
export function useYearEditor(props: {
  year: number;
  base: string;
  packageHasYear: boolean | null;
  current: YearDetail | null;
  initialText: string;
  onConfirmed: (message: string) => void;
}) {
  const { year, base, current } = props;
  const [method, setMethod] = useState<Method>(
    props.packageHasYear && !current ? 'package' : 'text',
  );
  const [text, setText] = useState(props.initialText);
  const [problems, setProblems] = useState<ImportProblem[]>([]);
  const [error, setError] = useState<string | null>(null);
  const [preview, setPreview] = useState<{ body: ConfirmBody; result: YearPreview } | null>(null);
  const [busy, setBusy] = useState(false);
  const textBox = useRef<HTMLTextAreaElement>(null);
  const previewHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (preview) previewHeading.current?.focus();
  }, [preview]);

  const changed = () => {
    setPreview(null);
    setProblems([]);
    setError(null);
  };

  const check = async (e: Event) => {
    e.preventDefault();
    const sent: ConfirmBody = method === 'package' ? { fromPackage: true } : { text };
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
    const affected = preview.result.affectedRosters.length;
    if (affected > 0 && !window.confirm(correctionQuestion(year, affected))) return;
    setBusy(true);
    setError(null);
    try {
      const saved = await api<YearDetail>(`${base}/${year}`, {
        method: 'PUT',
        body: preview.body,
      });
      props.onConfirmed(confirmedText(year, current !== null, saved, affected));
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

  return {
    method,
    choose: (m: Method) => {
      setMethod(m);
      changed();
    },
    text,
    edit: (t: string) => {
      setText(t);
      changed();
    },
    problems,
    error,
    preview,
    busy,
    check,
    confirm,
    goToLine,
    textBox,
    previewHeading,
  };
}
