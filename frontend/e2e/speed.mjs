#!/usr/bin/env node
// Prints how fast the front end is, as figures (never a pass or fail):
//  - the gzipped size of the JavaScript the first page loads (index.html's entry and
//    preloads), and of the largest chunk loaded on demand;
//  - the time to first meaningful content of the programme dashboard and of the benefits
//    register (from navigation start to the figures or rows being on screen), median of RUNS.
// REALISE_URL and TOKEN_BOARD as for the journeys; run it against `seed --scale nhs` data
// (scripts/frontend-speed does).

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BASE_URL, launch, signedIn } from './browser.mjs';

const RUNS = Number(process.env.RUNS || 5);
const dist = new URL('../dist/', import.meta.url).pathname;
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const initial = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]);
const gz = (file) => gzipSync(readFileSync(join(dist, file))).length;
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const firstPage = initial.reduce((sum, f) => sum + gz(f), 0);
console.log(`first page JavaScript: ${kb(firstPage)} gzipped (${initial.length} files)`);
const chunks = readdirSync(join(dist, 'assets')).filter((f) => f.endsWith('.js') && !initial.includes(`assets/${f}`));
const sizes = chunks.map((f) => [f, gz(`assets/${f}`)]).sort((a, b) => b[1] - a[1]);
for (const [f, n] of sizes.slice(0, 3)) console.log(`  on demand: ${f} ${kb(n)} gzipped`);

const browser = await launch();
const { context, page } = await signedIn(browser, process.env.TOKEN_BOARD);
const programme = await page.evaluate(async () => {
  const res = await fetch('/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${localStorage.getItem('realise.token')}` },
    body: JSON.stringify({ query: '{ programmes(first: 1) { edges { node { id name } } } }' }),
  });
  return (await res.json()).data.programmes.edges[0].node;
});
console.log(`programme: ${programme.name}`);

async function firstContent(path, ready) {
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const fresh = await context.newPage();
    await fresh.goto(`${BASE_URL}${path}`);
    await fresh.locator(ready).first().waitFor({ timeout: 60000 });
    times.push(await fresh.evaluate(() => performance.now()));
    await fresh.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], min: times[0], max: times[times.length - 1] };
}

const id = encodeURIComponent(programme.id);
for (const [name, path, ready] of [
  ['programme dashboard', `/programmes/${id}`, '.app-stat__value'],
  ['benefits register', `/programmes/${id}/register`, '.app-register tbody tr'],
]) {
  const t = await firstContent(path, ready);
  console.log(
    `${name}: first meaningful content ${t.median.toFixed(0)} ms median (${t.min.toFixed(0)} to ${t.max.toFixed(0)} ms, ${RUNS} loads)`,
  );
}
await browser.close();
