import type { RiskLevel } from '../../api/types.js';
import { RISK_NAMES } from './case-labels.js';

/** A case's risk level as its coloured badge (红, 橙, 黄, 蓝). */
export function RiskBadge({ risk }: { risk: RiskLevel }) {
  return <span class={`risk risk-${risk}`}>{RISK_NAMES[risk] ?? risk}</span>;
}
