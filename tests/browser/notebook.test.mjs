// A learner's first minutes, in a real browser: Jupyter Notebook serves a Layers notebook, headless Chromium opens
// it, runs every cell from the Cell menu, and the test checks that a chart image and a table are on the page and
// that no cell shows an error. Then it starts an endless loop in a new cell, presses the toolbar's interrupt
// button, and checks that the loop stops and the kernel still answers. A screenshot is saved at each stage.
//
//   LAYERS_PYTHON=/usr/bin/python3 JUPYTER_DATA_DIR=<a dir with the layers kernel> node notebook.test.mjs
//
// Environment: LAYERS_PYTHON (a Python with the notebook package), CHROMIUM (default /usr/bin/chromium),
// LAYERS_NOTEBOOK (default notebooks/00-welcome.ipynb), LAYERS_BROWSER_OUT (screenshots; default
// target/course-test/browser), LAYERS_KERNEL_NAME (default layers). Exits 0 when every check passed.

import { spawn } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PYTHON = process.env.LAYERS_PYTHON || '/usr/bin/python3';
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const NOTEBOOK = resolve(ROOT, process.env.LAYERS_NOTEBOOK || 'notebooks/00-welcome.ipynb');
const OUT = resolve(ROOT, process.env.LAYERS_BROWSER_OUT || 'target/course-test/browser');
const KERNEL = process.env.LAYERS_KERNEL_NAME || 'layers';
const RUN_ALL_LIMIT_MS = 240_000;
const INTERRUPT_LIMIT_MS = 20_000;

const checks = [];
function check(ok, what, detail = '') {
  checks.push({ ok, what });
  console.log(`${ok ? 'ok    ' : 'FAILED'} ${what}${detail ? `: ${detail}` : ''}`);
}

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitForServer(url, server, limitMs) {
  const until = Date.now() + limitMs;
  while (Date.now() < until) {
    if (server.exitCode !== null) throw new Error(`Jupyter exited with status ${server.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`Jupyter did not answer at ${url} within ${limitMs / 1000} s`);
}

// State of the notebook as the page's own Jupyter object sees it.
async function notebookState(page) {
  return page.evaluate(() => {
    const nb = window.Jupyter && window.Jupyter.notebook;
    if (!nb || !nb.kernel) return { ready: false };
    const code = nb.get_cells().filter((c) => c.cell_type === 'code');
    return {
      ready: true,
      connected: nb.kernel.is_connected(),
      idle: document.querySelector('#kernel_indicator_icon')?.classList.contains('kernel_idle_icon') ?? false,
      kernelName: nb.kernel.name,
      codeCells: code.length,
      pending: code.filter((c) => c.get_text().trim() !== '' && (c.input_prompt_number === undefined
        || c.input_prompt_number === null || c.input_prompt_number === '*')).length,
    };
  });
}

async function waitFor(page, predicate, limitMs, what) {
  const until = Date.now() + limitMs;
  let state;
  while (Date.now() < until) {
    state = await notebookState(page);
    if (predicate(state)) return state;
    await page.waitForTimeout(250);
  }
  throw new Error(`${what}: not reached within ${limitMs / 1000} s (last state ${JSON.stringify(state)})`);
}

async function main() {
  mkdirSync(OUT, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'layers-browser-'));
  const name = basename(NOTEBOOK);
  copyFileSync(NOTEBOOK, join(work, name)); // the learner's copy in the repository is never changed
  const port = await freePort();
  const token = 'layers-browser-test';
  const server = spawn(PYTHON, ['-m', 'notebook', '--no-browser', `--port=${port}`, '--ip=127.0.0.1',
    `--NotebookApp.token=${token}`, `--notebook-dir=${work}`, '--allow-root',
    ], { stdio: ['ignore', 'pipe', 'pipe'], env: process.env });
  let serverLog = '';
  server.stdout.on('data', (d) => { serverLog += d; });
  server.stderr.on('data', (d) => { serverLog += d; });
  let browser;
  try {
    await waitForServer(`http://127.0.0.1:${port}/api/status?token=${token}`, server, 60_000);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    const consoleErrors = [];
    page.on('pageerror', (e) => consoleErrors.push(String(e)));
    await page.goto(`http://127.0.0.1:${port}/notebooks/${name}?token=${token}`);

    let state = await waitFor(page, (s) => s.ready && s.connected, 90_000, 'the kernel connects');
    check(state.kernelName === KERNEL, `the notebook runs on the "${KERNEL}" kernel`, state.kernelName);

    // Run every cell the way a learner does: Cell → Run All.
    await page.click('#celllink');
    await page.click('#run_all_cells > a');
    const started = Date.now();
    state = await waitFor(page, (s) => s.pending === 0 && s.idle, RUN_ALL_LIMIT_MS, 'every cell ran');
    console.log(`       ran ${state.codeCells} code cells in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await page.screenshot({ path: join(OUT, 'run-all.png'), fullPage: true });

    const images = await page.locator('.output_area img').count();
    check(images > 0, 'a chart is rendered as an image', `${images} image(s)`);
    const visible = images > 0 ? await page.locator('.output_area img').first().evaluate(
      (img) => img.complete && img.naturalWidth > 100 && img.naturalHeight > 100) : false;
    check(visible, 'the first chart image has loaded and has a real size');
    const tables = await page.locator('.output_html table').count();
    check(tables > 0, 'a table is rendered as HTML', `${tables} table(s)`);
    const errors = await page.evaluate(() => window.Jupyter.notebook.get_cells()
      .filter((c) => c.cell_type === 'code' && !(c.metadata.tags || []).includes('raises-exception'))
      .filter((c) => c.output_area.outputs.some((o) => o.output_type === 'error'))
      .map((c) => `cell ${window.Jupyter.notebook.find_cell_index(c)}: ${c.output_area.outputs
        .filter((o) => o.output_type === 'error').map((o) => `${o.ename}: ${o.evalue}`).join('; ')}`));
    check(errors.length === 0, 'no cell shows an error', errors.join(' | '));
    check(consoleErrors.length === 0, 'the page raised no script error', consoleErrors.join(' | '));

    // An endless loop, stopped from the toolbar.
    await page.evaluate(() => {
      const nb = window.Jupyter.notebook;
      const cell = nb.insert_cell_at_bottom('code');
      cell.set_text('long spins = 0;\nwhile (true) { spins++; }');
      nb.select(nb.find_cell_index(cell));
    });
    await page.click('button[data-jupyter-action="jupyter-notebook:run-cell-and-select-next"]');
    await waitFor(page, (s) => !s.idle, 10_000, 'the loop is running');
    await page.waitForTimeout(1500);
    state = await notebookState(page);
    check(!state.idle, 'the loop is still running 1.5 s later (the kernel is busy)');
    const pressed = Date.now();
    await page.click('button[data-jupyter-action="jupyter-notebook:interrupt-kernel"]');
    await waitFor(page, (s) => s.idle && s.pending === 0, INTERRUPT_LIMIT_MS, 'the interrupt stops the loop');
    console.log(`       the loop stopped ${((Date.now() - pressed) / 1000).toFixed(2)} s after the button was pressed`);
    // The reply (shell channel) and the kernel's idle status can reach the page before the cell's error output
    // (iopub), so wait for the output itself.
    const outputOfLoopCell = () => page.evaluate(() => {
      const cells = window.Jupyter.notebook.get_cells();
      return cells[cells.length - 2].output_area.outputs.map((o) => o.ename ? `${o.ename}: ${o.evalue}` : (o.text || '')).join(' ');
    });
    let loopOutput = await outputOfLoopCell();
    for (const until = Date.now() + 5_000; loopOutput === '' && Date.now() < until;) {
      await page.waitForTimeout(100);
      loopOutput = await outputOfLoopCell();
    }
    check(/interrupt/i.test(loopOutput), 'the stopped cell says it was interrupted', loopOutput.slice(0, 160));

    // The kernel survived: the loop's variable still exists and a new cell answers.
    await page.evaluate(() => {
      const nb = window.Jupyter.notebook;
      const cell = nb.get_cell(nb.ncells() - 1);
      cell.set_text('"alive after " + spins + " spins"');
      nb.select(nb.ncells() - 1);
    });
    await page.click('button[data-jupyter-action="jupyter-notebook:run-cell-and-select-next"]');
    await waitFor(page, (s) => s.idle && s.pending === 0, 30_000, 'the next cell runs');
    const after = await page.evaluate(() => {
      const nb = window.Jupyter.notebook;
      const outs = nb.get_cell(nb.ncells() - 2).output_area.outputs;
      return outs.map((o) => (o.data && o.data['text/plain']) || o.text || o.evalue || '').join(' ');
    });
    check(/alive after \d+ spins/.test(after), 'the kernel answers after the interrupt, with the cell\'s variables', after);
    await page.screenshot({ path: join(OUT, 'after-interrupt.png'), fullPage: false });
    console.log(`       screenshots: ${join(OUT, 'run-all.png')}, ${join(OUT, 'after-interrupt.png')}`);
  } catch (e) {
    check(false, 'the browser session', e.message);
    console.log(serverLog.split('\n').slice(-30).join('\n'));
  } finally {
    if (browser) await browser.close();
    server.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 500));
    if (server.exitCode === null) server.kill('SIGKILL');
    rmSync(work, { recursive: true, force: true });
  }
  const failed = checks.filter((c) => !c.ok).length;
  console.log(`browser test: ${checks.length - failed} passed, ${failed} failed`);
  process.exit(failed === 0 && checks.length > 0 ? 0 : 1);
}

main();
