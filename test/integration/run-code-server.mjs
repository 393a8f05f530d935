// Runs the integration suites inside a real VS Code (code-server from the npm registry) driven by
// headless Chromium, the way @vscode/test-electron runs them in desktop VS Code. See
// ../shared/TESTING.md. Usage: node test/integration/run-code-server.mjs [--ui]
//   default: mocha suites in the extension host (out/test/integration/suite/index.js)
//   --ui:    install the packaged .vsix, open the fixture workspace, check the Problems panel, screenshot
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync, existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname ?? new URL('.', import.meta.url).pathname, '..', '..');
const CACHE = join(ROOT, '.vscode-test');
const NODE_BIN = join(CACHE, 'node24', 'node_modules', 'node', 'bin');
const CODE_SERVER = join(CACHE, 'code-server', 'node_modules', '.bin', 'code-server');
const OUTPUT = join(ROOT, '.test-output');
const ui = process.argv.includes('--ui');
const TIMEOUT_MS = Number(process.env.DPIA_IT_TIMEOUT ?? 600_000);

function fail(msg) {
  console.error(`run-code-server: ${msg}`);
  process.exit(2);
}

if (!existsSync(CODE_SERVER)) fail('code-server is not installed; run test/integration/setup-code-server.sh first');
const nodeVersion = spawnSync(join(NODE_BIN, 'node'), ['--version'], { encoding: 'utf8' }).stdout.trim();
if (!/^v(2[4-9]|[3-9]\d)\./.test(nodeVersion)) fail(`code-server needs Node 24 or newer, found ${nodeVersion || 'none'}`);

const freePort = () =>
  new Promise((res, rej) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => res(port));
    });
    s.on('error', rej);
  });

const tmp = mkdtempSync(join(tmpdir(), 'dpia-cs-'));
const env = {
  ...process.env,
  PATH: `${NODE_BIN}:${process.env.PATH}`,
  HOME: join(tmp, 'home'),
  XDG_CONFIG_HOME: join(tmp, 'home', '.config'),
  XDG_DATA_HOME: join(tmp, 'home', '.local', 'share'),
  DPIA_TEST_RESULTS: join(tmp, 'results.json'),
};
mkdirSync(env.XDG_CONFIG_HOME, { recursive: true });
writeFileSync(join(tmp, 'config.yaml'), 'auth: none\n');
const common = ['--user-data-dir', join(tmp, 'data'), '--extensions-dir', join(tmp, 'extensions'), '--config', join(tmp, 'config.yaml')];

// A fresh copy of the fixture workspace, so tests may edit files.
const workspace = join(tmp, 'workspace');
spawnSync('cp', ['-r', join(ROOT, 'test', 'integration', 'workspace'), workspace]);
mkdirSync(join(tmp, 'data', 'User'), { recursive: true });
writeFileSync(join(tmp, 'data', 'User', 'settings.json'), JSON.stringify({ 'workbench.startupEditor': 'none', 'security.workspace.trust.enabled': false, 'extensions.autoCheckUpdates': false, 'extensions.autoUpdate': false, 'telemetry.telemetryLevel': 'off', 'update.mode': 'none', 'workbench.tips.enabled': false }));

let server;
let browser;
function cleanup() {
  try {
    if (server?.pid) process.kill(-server.pid, 'SIGKILL');
  } catch {}
  rmSync(tmp, { recursive: true, force: true });
}
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => process.exit(130));

if (ui) {
  const vsix = join(ROOT, 'dist', 'dpia-assistant.vsix');
  if (!existsSync(vsix)) fail('dist/dpia-assistant.vsix is missing; run npm run package first');
  const r = spawnSync(CODE_SERVER, [...common, '--install-extension', vsix, '--force'], { env, encoding: 'utf8' });
  if (r.status !== 0) fail(`installing the .vsix failed:\n${r.stdout}\n${r.stderr}`);
}

const port = await freePort();
const args = [
  ...common,
  '--bind-addr', `127.0.0.1:${port}`,
  '--auth', 'none',
  '--disable-telemetry',
  '--disable-update-check',
  '--disable-workspace-trust',
  '--ignore-last-opened',
  // The smoke-test driver runs the extension tests of the payload (see ../shared/TESTING.md); it also
  // keeps notifications out of toasts, so the UI check runs without it and sees what a user sees.
  ...(ui ? [] : ['--vscode-option', 'enable-smoke-test-driver']),
];
server = spawn(CODE_SERVER, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
let serverLog = '';
await new Promise((res, rej) => {
  const t = setTimeout(() => rej(new Error(`code-server did not start:\n${serverLog}`)), 60_000);
  const on = (b) => {
    serverLog += b;
    if (serverLog.includes('HTTP server listening')) {
      clearTimeout(t);
      res();
    }
  };
  server.stdout.on('data', on);
  server.stderr.on('data', on);
  server.on('exit', (code) => rej(new Error(`code-server exited with ${code}:\n${serverLog}`)));
}).catch((e) => fail(e.message));

const { chromium } = require('playwright-core');
browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  env: { ...process.env, HOME: env.HOME, XDG_CONFIG_HOME: env.XDG_CONFIG_HOME },
});
const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
const base = `http://127.0.0.1:${port}`;
mkdirSync(OUTPUT, { recursive: true });

let code;
if (!ui) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [
    ['extensionDevelopmentPath', remote(ROOT)],
    ['extensionTestsPath', remote(join(ROOT, 'out', 'test', 'integration', 'suite', 'index'))],
    ['skipWelcome', 'true'],
  ];
  const exited = new Promise((res) => page.exposeFunction('codeAutomationExit', (c) => res(c)));
  const NOISE = /open-vsx|vsda|Could not create socket|service worker|builtin-extensions|ENOTFOUND|\[AgentHost[^\]]*\]|connection token|Creating a socket|\[ChatModelSelection\]|\[AccountPolicyGate\]|authentication provider|tryActivateProvider|getSessions|^\s*at /;
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    // Extension-host console output arrives printf-style: a format string and its arguments.
    const list = Array.isArray(args) ? args.map((a) => (typeof a === 'string' ? a : JSON.stringify(a))) : [String(args)];
    let i = 1;
    const text = String(list[0] ?? '').replace(/%[sdifoOc]/g, () => (i < list.length ? list[i++] : '')) + (i < list.length ? ' ' + list.slice(i).join(' ') : '');
    const lines = text.split('\n').filter((l) => !NOISE.test(l));
    if (lines.join('').trim()) console.log(lines.join('\n'));
  });
  await page.goto(`${base}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`);
  code = await Promise.race([exited, new Promise((res) => setTimeout(() => res('timeout'), TIMEOUT_MS))]);
  if (code === 'timeout') {
    await page.screenshot({ path: join(OUTPUT, 'integration-timeout.png') }).catch(() => {});
    console.error(`run-code-server: the suites did not finish within ${TIMEOUT_MS / 1000} s (screenshot: .test-output/integration-timeout.png)`);
    code = 1;
  }
  const results = existsSync(env.DPIA_TEST_RESULTS) ? JSON.parse(readFileSync(env.DPIA_TEST_RESULTS, 'utf8')) : { passed: 0, failed: 1 };
  writeFileSync(join(ROOT, 'out', 'integration-results.json'), JSON.stringify(results));
  console.log(`${results.passed} passed, ${results.failed} failed`);
} else {
  code = await (await import('./ui-check.mjs')).run(page, base, workspace, OUTPUT);
}
await browser.close();
process.exit(code);
