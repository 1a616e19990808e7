// Load on a running Samspil: signed-in users, each in its own browser context of one headless
// Chromium, browse the analytic views for a set time the way a person does: pick a study, read a
// view, go to the next one through the menu, now and then reload. ./samspil bench load runs it.
// Prints the figures and writes them as JSON; exits 1 if any navigation failed.
import { chromium } from 'playwright-core';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

const { values: options } = parseArgs({
  options: {
    url: { type: 'string' },
    accounts: { type: 'string' },
    users: { type: 'string', default: '50' },
    minutes: { type: 'string', default: '5' },
    'think-ms': { type: 'string', default: '20000-60000' },
    'ramp-s': { type: 'string' },
    pid: { type: 'string' },
    jstat: { type: 'string' },
    out: { type: 'string' },
    chromium: { type: 'string', default: '/usr/bin/chromium' },
    'access-log': { type: 'string' },
  },
});
if (!options.url || !options.accounts) {
  console.error('browse.mjs: give --url of the running app and --accounts FILE (JSON: [{"username": .., "password": ..}])');
  process.exit(2);
}

const base = options.url.replace(/\/$/, '');
const accounts = JSON.parse(readFileSync(options.accounts, 'utf8'));
const users = Number(options.users);
const durationMs = Number(options.minutes) * 60_000;
// two seconds between users by default: each new page parses the app's scripts once, which is the costly part of starting
const rampMs = (options['ramp-s'] === undefined ? 2 * users : Number(options['ramp-s'])) * 1000;
const [thinkMin, thinkMax] = options['think-ms'].split('-').map(Number);
// the views a researcher or programme manager reads; import, export and history are not browsing
const VIEWS = ['home', 'matrix', 'network', 'profile', 'timeline', 'effects'];
const READY_TIMEOUT_MS = 60_000;
// what a failed page shows in its text, whatever the language
const FAILURE_TEXTS = ['Internal error', 'Could not navigate', 'Ingen adgang', 'No access', 'Session expired', 'Sessionen er udløbet'];

const timings = []; // {what, ms, at}: at = when the step started, ms since the start
const serverTimings = new Map(); // request kind → list of ms
const errors = [];
const memory = [];
let navigations = 0;

function record(map, key, ms) {
  if (!map.has(key)) map.set(key, []);
  map.get(key).push(ms);
}

function fail(user, what, detail) {
  errors.push({ at_s: Math.round((Date.now() - started) / 1000), user, what, detail: String(detail).slice(0, 300) });
}

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
/** Reads the view a while, never past the deadline. */
const think = (deadline) => sleep(Math.min(thinkMin + Math.random() * (thinkMax - thinkMin), Math.max(0, deadline - Date.now())));
const pick = (list) => list[Math.floor(Math.random() * list.length)];

/**
 * Waits until the path shows, Vaadin has no request in flight, the view drew its lead element and
 * every chart its SVG. Each poll reads only selectors, never the page's text, which would lay the
 * page out: fifty pages doing that twenty times a second would measure the browser, not the app.
 */
async function ready(page, path) {
  const handle = await page.waitForFunction((path) => {
    if (document.querySelector('#access-denied, .v-system-error')) return 'failed';
    if (location.pathname.replace(/\/$/, '') !== path) return false;
    const clients = Object.values(window.Vaadin?.Flow?.clients ?? {});
    if (clients.length === 0 || clients.some((c) => typeof c.isActive === 'function' && c.isActive())) return false;
    if (!document.querySelector('main h2, main h3, samspil-chart, samspil-heatmap, vaadin-grid')) return false;
    return [...document.querySelectorAll('samspil-chart')].every((chart) => chart.shadowRoot?.querySelector('svg')) ? 'shown' : false;
  }, path, { timeout: READY_TIMEOUT_MS, polling: 100 });
  const failure = (await handle.jsonValue()) === 'failed' ? 'the page shows an error' : await page.evaluate(
    (texts) => texts.find((text) => document.body.textContent.includes(text)), FAILURE_TEXTS);
  if (failure) throw new Error(failure);
}

/** One timed step: the action, then the view ready; a failure is counted and the user carries on from a fresh page. */
async function step(user, page, what, path, action) {
  const start = performance.now();
  try {
    await action();
    await ready(page, path);
    timings.push({ what, ms: performance.now() - start, at: start - startedPerf });
    navigations++;
    return true;
  } catch (e) {
    fail(user, what, e.message.split('\n')[0]);
    return false;
  }
}

async function signIn(user, page, account) {
  for (let attempt = 1; ; attempt++) {
    await page.goto(base + '/login');
    // the login form re-renders once after load, which can swallow what was typed first
    await page.locator('vaadin-login-form input[name="username"]').fill(account.username);
    await page.locator('vaadin-login-form input[name="password"]').fill(account.password);
    await page.locator('vaadin-login-form input[name="password"]').press('Enter');
    try {
      await page.locator('#main-menu').waitFor({ timeout: 20_000 });
      return;
    } catch (e) {
      if (attempt === 3) throw new Error('could not sign in as ' + account.username + ': ' + e.message.split('\n')[0]);
    }
  }
}

/** Chooses another study in the start page's picker, if the account may see more than one. */
async function chooseStudy(user, page) {
  const picker = page.locator('#overview-study-picker');
  if ((await picker.count()) === 0) return;
  await picker.click();
  // the items of the open list; the field itself shows a copy of the chosen one
  const items = page.locator('vaadin-select-list-box vaadin-select-item');
  await items.first().waitFor();
  const count = await items.count();
  const current = page.url();
  await step(user, page, 'choose study', '', async () => {
    await items.nth(Math.floor(Math.random() * count)).click();
    await page.waitForURL((url) => url.toString() !== current, { timeout: 5000 }).catch(() => {});
  });
}

async function browse(browser, user, account, deadline) {
  // less motion asked for, as some people do: the charts draw at once instead of animating for a second in fifty pages
  const context = await browser.newContext({ locale: 'da-DK', viewport: { width: 1280, height: 900 }, reducedMotion: 'reduce' });
  context.setDefaultTimeout(60_000);
  const page = await context.newPage();
  page.on('pageerror', (e) => fail(user, 'script error', e.message));
  page.on('response', (r) => {
    if (r.status() >= 400) fail(user, 'HTTP ' + r.status(), r.url());
  });
  page.on('requestfailed', (r) => {
    // a request cut off by the next navigation is the browser's doing, not the server's
    if (!/ERR_ABORTED/.test(r.failure()?.errorText ?? '')) fail(user, 'request failed', r.url() + ' ' + r.failure()?.errorText);
  });
  page.on('requestfinished', (r) => {
    const url = r.url();
    const kind = url.includes('v-r=uidl') ? 'uidl' : url.includes('v-r=init') ? 'init' : r.resourceType() === 'document' ? 'document' : null;
    const t = r.timing();
    if (kind && t.responseStart > 0 && t.requestStart >= 0) record(serverTimings, kind, t.responseStart - t.requestStart);
  });
  try {
    const start = performance.now();
    await signIn(user, page, account);
    timings.push({ what: 'sign in', ms: performance.now() - start, at: start - startedPerf });
    await ready(page, '');
    while (Date.now() < deadline) {
      await chooseStudy(user, page);
      for (const view of VIEWS.filter((v) => v !== 'home').sort(() => Math.random() - 0.5)) {
        await think(deadline);
        if (Date.now() >= deadline) break;
        const ok = await step(user, page, view, '/' + view, () => page.locator('#menu-' + view).click());
        if (!ok) await page.goto(base + '/' + view).catch(() => {});
      }
      await think(deadline);
      if (Date.now() >= deadline) break;
      // now and then a person reloads the page they are on: a new page, bootstrap and all
      const here = new URL(page.url()).pathname.replace(/\/$/, '');
      await step(user, page, 'reload', here, () => page.reload());
      await think(deadline);
      if (Date.now() >= deadline) break;
      await step(user, page, 'home', '', () => page.locator('#menu-home').click());
    }
  } catch (e) {
    fail(user, 'user stopped', e.message.split('\n')[0]);
  } finally {
    await context.close().catch(() => {});
  }
}

function sampleMemory() {
  if (!options.pid) return;
  const sample = { at_s: Math.round((Date.now() - started) / 1000) };
  try {
    const status = readFileSync(`/proc/${options.pid}/status`, 'utf8');
    sample.rss_mib = Math.round(Number(/VmRSS:\s+(\d+)/.exec(status)[1]) / 1024);
  } catch {
    return;
  }
  if (options.jstat) {
    try {
      // jstat -gc: capacities and usage of each heap space in KiB; used = survivors + eden + old
      const [head, values] = execFileSync(options.jstat, ['-gc', options.pid], { encoding: 'utf8' }).trim().split('\n')
        .map((line) => line.trim().split(/\s+/));
      const of = (name) => Number(values[head.indexOf(name)]);
      sample.heap_used_mib = Math.round((of('S0U') + of('S1U') + of('EU') + of('OU')) / 1024);
      sample.old_used_mib = Math.round(of('OU') / 1024);
      sample.full_gcs = of('FGC');
    } catch {
      // the sample keeps its RSS
    }
  }
  memory.push(sample);
}

function cpuSeconds(pid) {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100; // utime + stime, in clock ticks of 1/100 s
  } catch {
    return null;
  }
}

/**
 * The app's own time per request, from Tomcat's access log (pattern: %{ms}T first, then the
 * request line): what the server spent, apart from the browsers' time to send and read.
 */
function serverTimes(file) {
  const times = new Map();
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    const match = /^(\d+) "(\w+) (\S+)/.exec(line);
    if (!match) continue;
    const [, ms, method, target] = match;
    const kind = target.includes('v-r=uidl') ? 'uidl (clicks and navigation)'
      : target.includes('v-r=heartbeat') ? 'heartbeat'
        : target.includes('v-r=init') ? 'init (a new page\'s view)'
          : /^\/(VAADIN|styles|samspil\.css|icons|favicon|sw|manifest|offline)/.test(target) ? 'static'
            : target.startsWith('/login') ? method + ' /login'
              : 'page (' + method + ')';
    record(times, kind, Number(ms));
  }
  return times;
}

/** Busy CPU time of the whole machine, in seconds: every core's user, nice, system, irq and softirq time. */
function machineCpuSeconds() {
  const [, user, nice, system, , , irq, softirq] = readFileSync('/proc/stat', 'utf8').split('\n')[0].trim().split(/\s+/).map(Number);
  return (user + nice + system + irq + softirq) / 100;
}

/** The steps by what they were, each summarised. */
function byWhat(steps) {
  const grouped = new Map();
  for (const step of steps) record(grouped, step.what, step.ms);
  return Object.fromEntries([...grouped.entries()].map(([what, values]) => [what, summary(values)]));
}

function summary(values) {
  if (values.length === 0) return { n: 0 };
  const sorted = [...values].sort((a, b) => a - b);
  const at = (p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
  const round = (ms) => Math.round(ms);
  return { n: sorted.length, p50_ms: round(at(50)), p95_ms: round(at(95)), p99_ms: round(at(99)), max_ms: round(sorted.at(-1)) };
}

const started = Date.now();
const startedPerf = performance.now();
const machineBefore = machineCpuSeconds();
const cpuBefore = options.pid ? cpuSeconds(options.pid) : null;
sampleMemory();
const sampler = setInterval(sampleMemory, 5000);
const browser = await chromium.launch({
  executablePath: options.chromium,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
    '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
});
const deadline = started + rampMs + durationMs;
console.error(`browse.mjs: ${users} users on ${base}, started over ${rampMs / 1000} s, then together until ${new Date(deadline).toISOString()}`);
const progress = setInterval(() => console.error(
  `  ${Math.round((Date.now() - started) / 1000)} s: ${navigations} views shown, ${errors.length} errors`), 30_000);
await Promise.all(Array.from({ length: users }, async (_, i) => {
  await sleep((rampMs * i) / users);
  await browse(browser, i + 1, accounts[i % accounts.length], deadline);
}));
clearInterval(progress);
clearInterval(sampler);
sampleMemory();
await browser.close();

const elapsedS = (Date.now() - started) / 1000;
const cpuAfter = options.pid ? cpuSeconds(options.pid) : null;
const views = timings.filter((step) => step.what !== 'sign in');
// all users signed in and browsing: from the end of the ramp to the deadline
const steady = views.filter((step) => step.at >= rampMs + 30_000);
const machineCores = (machineCpuSeconds() - machineBefore) / elapsedS;
const rss = memory.map((s) => s.rss_mib);
const firstMinute = memory.filter((s) => s.at_s <= rampMs / 1000 + 60);
const lastMinute = memory.filter((s) => s.at_s >= elapsedS - 60);
const maxOf = (samples, key) => Math.max(...samples.map((s) => s[key] ?? 0));
const report = {
  url: base,
  users,
  accounts: accounts.map((a) => a.username),
  minutes: Number(options.minutes),
  ramp_s: rampMs / 1000,
  think_ms: [thinkMin, thinkMax],
  elapsed_s: Math.round(elapsedS),
  views_shown: navigations,
  views_per_s: Number((navigations / elapsedS).toFixed(2)),
  errors: errors.length,
  view_ready: { all: summary(views.map((step) => step.ms)), ...byWhat(timings) },
  view_ready_all_signed_in: steady.length === 0 ? null : { all: summary(steady.map((step) => step.ms)), ...byWhat(steady) },
  browser_waited_for_response: Object.fromEntries([...serverTimings.entries()].map(([kind, values]) => [kind, summary(values)])),
  server_time: options['access-log'] ? Object.fromEntries([...serverTimes(options['access-log']).entries()]
    .map(([kind, values]) => [kind, summary(values)])) : null,
  server_cpu_cores: cpuBefore === null || cpuAfter === null ? null : Number(((cpuAfter - cpuBefore) / elapsedS).toFixed(2)),
  machine_cpu_cores: Number(machineCores.toFixed(2)),
  memory: options.pid ? {
    rss_mib_start: rss[0], rss_mib_max: Math.max(...rss), rss_mib_end: rss.at(-1),
    rss_mib_max_first_minute: maxOf(firstMinute, 'rss_mib'), rss_mib_max_last_minute: maxOf(lastMinute, 'rss_mib'),
    old_gen_mib_max_first_minute: maxOf(firstMinute, 'old_used_mib'), old_gen_mib_max_last_minute: maxOf(lastMinute, 'old_used_mib'),
    samples: memory,
  } : null,
  error_samples: errors.slice(0, 50),
};
if (options.out) writeFileSync(options.out, JSON.stringify(report, null, 2) + '\n');
const { samples, ...memoryFigures } = report.memory ?? {};
console.log(JSON.stringify({ ...report, memory: report.memory ? memoryFigures : null, error_samples: errors.slice(0, 10) }, null, 2));
process.exit(errors.length === 0 ? 0 : 1);
