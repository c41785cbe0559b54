import { useEffect, useState } from 'preact/hooks';
import { api, errorText } from '../../api/client.js';
import type {
  Assignment,
  DutyConsequences,
  DutySubstitutes,
  Finding,
  Leader,
  Roster,
} from '../../api/types.js';
import { FindingList } from '../../ui/common.js';

/** One leader who could take the duty, with what giving it to them would break. */
export interface Candidate {
  leader: Leader;
  /** No hard rule broken. */
  possible: boolean;
  consequences: Finding[];
  /** Among the least-change proposals (GET …/substitutes), best first. */
  rank: number | null;
}

/**
 * Every other active leader for the duty, ranked: the least-change proposals first (as the
 * solver ranks them), then those who break nothing, then those with warnings (fewest first),
 * then the impossible ones (a hard rule: away, at their maximum…), which cannot be chosen.
 */
export function useCandidates(roster: Roster, assignment: Assignment, leaders: Leader[]) {
  const [candidates, setCandidates] = useState<Candidate[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let stale = false;
    const base = `/rosters/${roster.id}/assignments/${assignment.id}`;
    const others = leaders.filter((l) => l.active && l.id !== assignment.leaderId);
    (async () => {
      const [subs, each] = await Promise.all([
        api<DutySubstitutes>(`${base}/substitutes?limit=3`),
        Promise.all(
          others.map((l) =>
            api<DutyConsequences>(`${base}/consequences?leaderId=${l.id}`).then((c) => ({
              leader: l,
              ...c,
            })),
          ),
        ),
      ]);
      const rankOf = new Map(subs.options.map((o, i) => [o.leaderId, i]));
      const list: Candidate[] = each.map((c) => ({
        leader: c.leader,
        possible: c.possible,
        consequences: c.consequences,
        rank: rankOf.get(c.leader.id) ?? null,
      }));
      const key = (c: Candidate) => [
        c.rank ?? 99,
        c.possible ? 0 : 1,
        c.consequences.length,
        c.leader.protocolOrder,
      ];
      list.sort((a, b) => {
        const ka = key(a);
        const kb = key(b);
        for (let i = 0; i < ka.length; i++) if (ka[i] !== kb[i]) return ka[i] - kb[i];
        return 0;
      });
      if (!stale) setCandidates(list);
    })().catch((err: unknown) => !stale && setError(errorText(err)));
    return () => {
      stale = true;
    };
  }, [roster.id, roster.version, assignment.id]);
  return { candidates, error };
}

const reasonOf = (c: Candidate) =>
  c.consequences.find((f) => f.severity === 'error')?.message ?? '';

/** The ranked list in the replace dialog: pick one, see what it breaks before saving. */
export function CandidateList({
  candidates,
  error,
  value,
  current,
  onPick,
}: {
  candidates: Candidate[] | null;
  error: string | null;
  value: string;
  current: string;
  onPick: (leaderId: string) => void;
}) {
  if (error) return <p class="error-text small">无法评估候选领导：{error}</p>;
  if (!candidates) return <p class="muted small">正在评估每位领导接替后的影响…</p>;
  return (
    <fieldset class="field candidate-list">
      <legend>候选领导（按影响排序；不可选的注明原因）</legend>
      <ul>
        {candidates.map((c) => {
          const id = `cand-${c.leader.id}`;
          const warnings = c.consequences.filter((f) => f.severity === 'warning').length;
          return (
            <li
              key={c.leader.id}
              class={`candidate ${c.possible ? '' : 'impossible'} ${value === c.leader.id ? 'chosen' : ''}`}
              data-leader={c.leader.id}
            >
              <input
                type="radio"
                id={id}
                name="candidate"
                value={c.leader.id}
                checked={value === c.leader.id}
                disabled={!c.possible}
                onChange={() => onPick(c.leader.id)}
              />
              <label for={id}>
                <strong>{c.leader.name}</strong>
                {c.rank !== null && <span class="tag tag-best">推荐 {c.rank + 1}</span>}
                <span class="candidate-effect">
                  {!c.possible
                    ? `不可选：${reasonOf(c)}`
                    : warnings
                      ? `会产生 ${warnings} 条提醒：${c.consequences.map((f) => f.ruleName).join('、')}`
                      : '不违反规则'}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {value !== current && (
        <ChosenEffect candidate={candidates.find((c) => c.leader.id === value) ?? null} />
      )}
    </fieldset>
  );
}

function ChosenEffect({ candidate }: { candidate: Candidate | null }) {
  if (!candidate) return null;
  if (candidate.consequences.length === 0) {
    return <p class="chosen-effect ok">换为{candidate.leader.name}：不违反任何规则。</p>;
  }
  return (
    <div class="chosen-effect" role="status">
      <p>
        换为{candidate.leader.name}，保存后将
        {candidate.possible ? '产生以下提醒（仍可保存）' : '违反硬性规则（不能选择）'}：
      </p>
      <FindingList findings={candidate.consequences} />
    </div>
  );
}
