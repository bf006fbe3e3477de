// The Oxigraph side of the comparison benchmark: the `oxigraph` package from the npm registry
// (its in-memory Store; the JavaScript build has no on-disk store), timed inside one Node
// process.
//
//   node oxigraph_driver.mjs --module DIR --nt FILE --queries DIR --out DIR [--runs N]
//
// Prints one JSON line for the load ({"store":"oxigraph","load_s":..,"memory_mb":..}) and one
// per query, in the format of compare_common.h; writes each query's rows in the normal form
// (terms in N-Triples syntax, TAB-separated, sorted) to OUT/<id>.tsv.
import { createRequire } from 'node:module';
import fs from 'node:fs';
import path from 'node:path';

function parseArgs(argv) {
  const args = { runs: '5' };
  for (let i = 0; i < argv.length; i += 2) {
    const name = argv[i].replace(/^--/, '');
    if (!['module', 'nt', 'queries', 'out', 'runs'].includes(name) || i + 1 >= argv.length) {
      throw new Error(`unknown or incomplete flag ${argv[i]}`);
    }
    args[name] = argv[i + 1];
  }
  for (const needed of ['module', 'nt', 'queries', 'out']) {
    if (!args[needed]) throw new Error(`--${needed} is required`);
  }
  return args;
}

// The escapes Marsad's and SQLite's drivers write (ECHAR of N-Triples).
function escapeLiteral(text) {
  return text.replace(/[\\"\n\r\t]/g, (c) => ({ '\\': '\\\\', '"': '\\"', '\n': '\\n', '\r': '\\r', '\t': '\\t' })[c]);
}

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

function termToNTriples(term) {
  if (term === undefined || term === null) return '';
  switch (term.termType) {
    case 'NamedNode': return `<${term.value}>`;
    case 'BlankNode': return `_:${term.value}`;
    case 'Literal': {
      const lexical = `"${escapeLiteral(term.value)}"`;
      if (term.language) return `${lexical}@${term.language.toLowerCase()}`;
      const datatype = term.datatype ? term.datatype.value : XSD_STRING;
      if (datatype === XSD_STRING || datatype === RDF_LANG_STRING) return lexical;
      return `${lexical}^^<${datatype}>`;
    }
    default: throw new Error(`unexpected term type ${term.termType}`);
  }
}

// The projected variables in SELECT order, read from the query text (Oxigraph's bindings are
// Maps without the projection order).
function projection(text) {
  const select = /SELECT\s+(?:DISTINCT\s+|REDUCED\s+)?([\s\S]*?)\s*(?:WHERE|FROM|\{)/i.exec(text.replace(/#[^\n]*/g, ''));
  if (!select) throw new Error('cannot find the SELECT clause');
  const names = [];
  for (const m of select[1].matchAll(/\(\s*[\s\S]*?\s+AS\s+\?(\w+)\s*\)|\?(\w+)/gi)) names.push(m[1] ?? m[2]);
  return names;
}

function* readChunks(file) {
  const fd = fs.openSync(file, 'r');
  const buffer = Buffer.alloc(1 << 22);
  try {
    for (;;) {
      const n = fs.readSync(fd, buffer, 0, buffer.length, null);
      if (n === 0) return;
      yield new Uint8Array(buffer.subarray(0, n));  // a copy: the store keeps nothing of it
    }
  } finally {
    fs.closeSync(fd);
  }
}

// Process CPU time (user + system, every thread of the process) since `since`, in ms.
function cpuMs(since) {
  const used = process.cpuUsage(since);
  return (used.user + used.system) / 1e3;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const oxigraph = createRequire(import.meta.url)(path.join(args.module, 'node_modules', 'oxigraph'));
  const rssBefore = process.memoryUsage().rss;
  const start = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  const store = new oxigraph.Store();
  store.load(readChunks(args.nt), { format: 'application/n-triples', no_transaction: true });
  const loadS = Number(process.hrtime.bigint() - start) / 1e9;
  const loadCpuS = cpuMs(cpuStart) / 1e3;
  const memoryMb = (process.memoryUsage().rss - rssBefore) / 1e6;
  console.log(JSON.stringify({ store: 'oxigraph', triples: store.size, load_s: loadS, load_cpu_s: loadCpuS, memory_mb: memoryMb }));

  const runs = Math.max(1, parseInt(args.runs, 10));
  const files = fs.readdirSync(args.queries).filter((f) => f.endsWith('.rq'));
  files.sort((a, b) => a.length - b.length || a.localeCompare(b));
  for (const file of files) {
    const id = file.slice(0, -3);
    const text = fs.readFileSync(path.join(args.queries, file), 'utf8');
    const variables = projection(text);
    const bindings = store.query(text);
    const rows = bindings.map((b) => variables.map((v) => termToNTriples(b.get(v))).join('\t'));
    rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    fs.writeFileSync(path.join(args.out, `${id}.tsv`), rows.map((r) => `${r}\n`).join(''));
    const ms = [], cpu = [];
    for (let r = 0; r < runs; ++r) {
      const t0 = process.hrtime.bigint();
      const c0 = process.cpuUsage();
      const again = store.query(text);
      for (const b of again) for (const v of variables) b.get(v);
      cpu.push(cpuMs(c0));
      ms.push(Number(process.hrtime.bigint() - t0) / 1e6);
    }
    console.log(JSON.stringify({ store: 'oxigraph', query: id, rows: rows.length, median_ms: median(ms),
      median_cpu_ms: median(cpu), runs_ms: ms, cpu_runs_ms: cpu }));
  }
}

try {
  main();
} catch (error) {
  console.error(`oxigraph_driver: ${error.message}`);
  process.exit(1);
}
