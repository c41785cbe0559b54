/** The clerk flows of issue 19, one file per item, run in order; prints the figures they measure. */
import { absencesFlow } from './absences-flow.js';
import type { ClerkContext } from './clerk-steps.js';
import { feedLinkFlow } from './feed-link-flow.js';
import { holidayNoticeFlow } from './holiday-notice-flow.js';
import { importHelpFlow } from './import-help-flow.js';
import { leaderViewFlow } from './leader-view-flow.js';
import { monthMemoryFlow } from './month-memory-flow.js';
import { publishErrorsFlow } from './publish-errors-flow.js';
import { replaceFlow } from './replace-flow.js';
import { wordsLayoutFlow } from './words-layout-flow.js';

export async function clerkFlows(c: ClerkContext): Promise<void> {
  const figures: Record<string, number> = {};
  figures.absenceActions = await absencesFlow(c);
  await holidayNoticeFlow(c);
  await importHelpFlow(c);
  await monthMemoryFlow(c);
  await wordsLayoutFlow(c);
  await feedLinkFlow(c);
  await leaderViewFlow(c);
  figures.replaceActions = await replaceFlow(c);
  await publishErrorsFlow(c);
  c.step(`clerk flows passed: ${JSON.stringify(figures)}`);
}
