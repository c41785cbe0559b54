/**
 * Browser tests: `npm run test:browser` (builds first). Starts the service on a free port with a
 * fresh embedded data folder (or a fresh database on TEST_DATABASE_URL's server), drives Debian's
 * Chromium through the office flows, saves screenshots under test-output/browser/, stops it all.
 * The flows plan next month (see flow-month.ts); FLOW_MONTH=YYYY-MM plans a later one instead.
 * BROWSER_FLOWS=clerk runs only the clerk flows (issue 19, clerk-flows.ts).
 */
import { mkdirSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { launch } from './browser.js';
import { casesFlow } from './cases-flow.js';
import { clerkFlows } from './clerk-flows.js';
import { hallFlow } from './hall-flow.js';
import { dutiesFlow } from './duties-flow.js';
import { MONTH } from './flow-month.js';
import { officeFlow } from './office-flow.js';
import { solveJobFlow } from './solve-job-flow.js';
import { startService } from './service.js';

async function main(): Promise<number> {
  const outputDir = resolve(import.meta.dirname, '../../test-output/browser');
  rmSync(outputDir, { recursive: true, force: true });
  mkdirSync(outputDir, { recursive: true });
  const started = Date.now();
  const step = (name: string) =>
    console.log(`[${((Date.now() - started) / 1000).toFixed(1)} s] ${name}`);
  // BROWSER_BASE_URL + BROWSER_DEMO_PASSWORD: a service you started yourself on a fresh database;
  // BROWSER_DATABASE_URL names that database (without it the cases flow skips the reception).
  const external = process.env.BROWSER_BASE_URL;
  step(`planning ${MONTH}`);
  step(external ? `using ${external}` : 'starting the service');
  const service = external
    ? {
        url: external,
        password: process.env.BROWSER_DEMO_PASSWORD ?? '',
        databaseUrl: process.env.BROWSER_DATABASE_URL,
        stop: async () => undefined,
      }
    : await startService(outputDir);
  let browser: Awaited<ReturnType<typeof launch>> | undefined;
  try {
    browser = await launch();
    const clerk = { ...service, context: browser.context, baseUrl: service.url, outputDir, step };
    if (process.env.BROWSER_FLOWS === 'clerk') {
      await clerkFlows(clerk);
      step(`passed; screenshots in ${outputDir}`);
      return 0;
    }
    await officeFlow({
      context: browser.context,
      baseUrl: service.url,
      password: service.password,
      outputDir,
      step,
    });
    await casesFlow({
      context: browser.context,
      baseUrl: service.url,
      password: service.password,
      databaseUrl: service.databaseUrl,
      outputDir,
      step,
    });
    await hallFlow({
      context: browser.context,
      baseUrl: service.url,
      password: service.password,
      databaseUrl: service.databaseUrl,
      outputDir,
      step,
    });
    // After the cases flow: a leave approved here publishes the month's next version.
    await dutiesFlow({
      context: browser.context,
      baseUrl: service.url,
      password: service.password,
      outputDir,
      step,
    });
    // Last: it turns the published month back into a draft to re-solve it.
    await solveJobFlow({
      context: browser.context,
      baseUrl: service.url,
      password: service.password,
      outputDir,
      step,
    });
    // The clerk's flows (issue 19) after the rest.
    await clerkFlows(clerk);
    step(`passed; screenshots in ${outputDir}`);
    return 0;
  } catch (err) {
    console.error(err);
    const pages = browser?.context.pages() ?? [];
    await pages
      .at(-1)
      ?.screenshot({ path: resolve(outputDir, 'failure.png'), fullPage: true })
      .catch(() => undefined);
    console.error(`failed; screenshots and service.log in ${outputDir}`);
    return 1;
  } finally {
    await browser?.close().catch(() => undefined);
    await service.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err);
    process.exit(1);
  },
);
