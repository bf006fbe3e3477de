// Reads what the comparison drivers wrote under WORK/<dataset>/<store>/ and
//  - checks that every store returned the same rows for every query (sorted, in the normal
//    form of compare_common.h); on a difference prints the rows each side has alone and
//    exits 1 after the report;
//  - prints, per dataset, a Markdown table: load time, on-disk size, bytes per triple, each
//    query's median warm time, the ratio peer / Marsad (above 1: Marsad is faster) and the
//    geometric mean of the per-query ratios. Times are process CPU time, which a shared
//    machine does not inflate; wall-clock figures are in the JSON (and the load's in the
//    table) beside them;
//  - writes the same figures as JSON.
//
//   node report.mjs --work DIR --json FILE [--command TEXT]
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const STORES = ['marsad', 'oxigraph', 'sqlite'];
const PEERS = STORES.slice(1);

function parseArgs(argv) {
  const args = {};
  for (let i = 0; i + 1 < argv.length; i += 2) args[argv[i].replace(/^--/, '')] = argv[i + 1];
  if (!args.work || !args.json) throw new Error('usage: node report.mjs --work DIR --json FILE [--command TEXT]');
  return args;
}

const readLines = (file) => fs.readFileSync(file, 'utf8').split('\n').filter((l) => l !== '');
const sorted = (lines) => [...lines].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

function readStore(dir) {
  const lines = readLines(path.join(dir, 'timings.jsonl')).map((l) => JSON.parse(l));
  const load = lines.find((l) => l.load_s !== undefined);
  const queries = Object.fromEntries(lines.filter((l) => l.query).map((l) => [l.query, l]));
  const sizeFile = path.join(dir, 'size_bytes');
  const bytes = fs.existsSync(sizeFile) ? Number(fs.readFileSync(sizeFile, 'utf8')) : null;
  return { load, queries, bytes, rowsDir: path.join(dir, 'rows') };
}

// Prints the rows only one side has; returns true when the two row lists are equal.
function compareRows(dataset, query, nameA, rowsA, nameB, rowsB) {
  const a = sorted(rowsA), b = sorted(rowsB);
  if (a.length === b.length && a.every((row, i) => row === b[i])) return true;
  const count = (rows) => rows.reduce((m, r) => m.set(r, (m.get(r) ?? 0) + 1), new Map());
  const ca = count(a), cb = count(b);
  const onlyIn = (x, y) => [...x].filter(([r, n]) => (y.get(r) ?? 0) < n).map(([r]) => r);
  const onlyA = onlyIn(ca, cb), onlyB = onlyIn(cb, ca);
  console.error(`\nMISMATCH ${dataset} ${query}: ${nameA} ${a.length} rows, ${nameB} ${b.length} rows`);
  for (const r of onlyA.slice(0, 10)) console.error(`  only ${nameA}: ${r}`);
  if (onlyA.length > 10) console.error(`  ... ${onlyA.length - 10} more only in ${nameA}`);
  for (const r of onlyB.slice(0, 10)) console.error(`  only ${nameB}: ${r}`);
  if (onlyB.length > 10) console.error(`  ... ${onlyB.length - 10} more only in ${nameB}`);
  return false;
}

const geomean = (values) => Math.exp(values.reduce((s, v) => s + Math.log(v), 0) / values.length);
const fmt = (v, digits = 2) => (v === null || v === undefined ? 'n/a' : v.toFixed(digits));
const ratio = (peer, marsad) => (peer === undefined || marsad === undefined ? null : peer / Math.max(marsad, 1e-3));

function analyseDataset(work, name) {
  const stores = Object.fromEntries(STORES.filter((s) => fs.existsSync(path.join(work, name, s, 'timings.jsonl')))
    .map((s) => [s, readStore(path.join(work, name, s))]));
  if (!stores.marsad) throw new Error(`${name}: no Marsad results`);
  const present = Object.keys(stores);
  let agree = true;
  const ids = Object.keys(stores.marsad.queries).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  const queries = ids.map((id) => {
    const rows = Object.fromEntries(present.map((s) => [s, readLines(path.join(stores[s].rowsDir, `${id}.tsv`))]));
    for (const s of present.slice(1)) agree = compareRows(name, id, 'marsad', rows.marsad, s, rows[s]) && agree;
    const cpu = (s) => stores[s].queries[id]?.median_cpu_ms ?? stores[s].queries[id]?.median_ms;
    const ms = Object.fromEntries(present.map((s) => [s, cpu(s)]));
    const wallMs = Object.fromEntries(present.map((s) => [s, stores[s].queries[id]?.median_ms]));
    const ratios = Object.fromEntries(PEERS.filter((p) => stores[p]).map((p) => [p, ratio(ms[p], ms.marsad)]));
    return { id, rows: rows.marsad.length, cpu_ms: ms, wall_ms: wallMs, ratio: ratios };
  });
  const triples = stores.marsad.load.triples;
  const storeFigures = Object.fromEntries(present.map((s) => {
    const { load, bytes } = stores[s];
    return [s, { load_cpu_s: load.load_cpu_s + (load.compact_cpu_s ?? 0), load_wall_s: load.load_s + (load.compact_s ?? 0),
      compact_cpu_s: load.compact_cpu_s ?? 0, bytes, bytes_per_triple: bytes === null ? null : bytes / triples,
      memory_mb: load.memory_mb ?? null }];
  }));
  const geo = Object.fromEntries(PEERS.filter((p) => stores[p])
    .map((p) => [p, geomean(queries.map((q) => q.ratio[p]).filter((r) => r !== null))]));
  return { name, triples, agree, stores: storeFigures, queries, geomean_ratio: geo };
}

function printDataset(d) {
  const present = Object.keys(d.stores);
  const peers = present.filter((s) => s !== 'marsad');
  const cell = (s, value, marsadValue, digits) =>
    s === 'marsad' || value === null || marsadValue === null ? fmt(value, digits) : `${fmt(value, digits)} (${fmt(value / marsadValue)}x)`;
  console.log(`\n### ${d.name}: ${d.triples.toLocaleString('en-US')} triples${d.agree ? ', all stores agree' : ', STORES DISAGREE'}\n`);
  console.log(`| | rows | ${present.join(' | ')} |`);
  console.log(`|---|---:|${present.map(() => '---:').join('|')}|`);
  const m = d.stores.marsad;
  console.log(`| load s (CPU) | | ${present.map((s) => cell(s, d.stores[s].load_cpu_s, m.load_cpu_s, 2)).join(' | ')} |`);
  console.log(`| load s (wall) | | ${present.map((s) => cell(s, d.stores[s].load_wall_s, m.load_wall_s, 2)).join(' | ')} |`);
  console.log(`| MB on disk | | ${present.map((s) => (d.stores[s].bytes === null ? `n/a (in memory: ${fmt(d.stores[s].memory_mb, 0)} MB RSS)` : fmt(d.stores[s].bytes / 1e6, 1))).join(' | ')} |`);
  console.log(`| bytes/triple | | ${present.map((s) => fmt(d.stores[s].bytes_per_triple, 1)).join(' | ')} |`);
  for (const q of d.queries) {
    console.log(`| ${q.id} ms | ${q.rows} | ${present.map((s) => cell(s, q.cpu_ms[s] ?? null, q.cpu_ms.marsad, 3)).join(' | ')} |`);
  }
  console.log(`| geomean peer/Marsad | | | ${peers.map((p) => `${fmt(d.geomean_ratio[p])}x`).join(' | ')} |`);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const names = fs.readdirSync(args.work).filter((n) => fs.existsSync(path.join(args.work, n, 'marsad', 'timings.jsonl'))).sort();
  const datasets = names.map((n) => analyseDataset(args.work, n));
  datasets.forEach(printDataset);
  const report = {
    date: new Date().toISOString(),
    command: args.command ?? null,
    machine: { nproc: os.cpus().length, cpu: os.cpus()[0]?.model ?? 'unknown', ram_gb: Math.round(os.totalmem() / 2 ** 30) },
    datasets,
  };
  fs.writeFileSync(args.json, `${JSON.stringify(report, null, 2)}\n`);
  console.log(`\nwrote ${args.json}`);
  if (datasets.some((d) => !d.agree)) {
    console.error('\ncompare: the stores returned different rows (see MISMATCH above)');
    process.exit(1);
  }
}

try {
  main();
} catch (error) {
  console.error(`report: ${error.message}`);
  process.exit(1);
}
