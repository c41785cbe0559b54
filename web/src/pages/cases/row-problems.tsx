import type { ComponentChildren } from 'preact';
import type { RowError } from '../../api/types.js';
import { Alert } from '../../ui/common.js';
import { caseFieldName } from './case-labels.js';

/** A refused case: the message, each field's problem by its label, and what can be done. */
export function RowProblems(props: {
  error: string;
  problems: RowError[];
  children?: ComponentChildren;
}) {
  return (
    <Alert kind="error">
      <p>{props.error}</p>
      {props.problems.length > 0 && (
        <ul>
          {props.problems.map((p, i) => (
            <li key={i}>
              {p.column ? `${caseFieldName(p.column)}：` : ''}
              {p.message}
            </li>
          ))}
        </ul>
      )}
      {props.children}
    </Alert>
  );
}
