import { rmSync } from "node:fs";
import { cpus, loadavg } from "node:os";
import { formatNumber, printTable } from "../print-table.js";
import { freePort } from "./free-port.js";
import { type LoadOutcome, loadRequest } from "./load-request.js";
import { loadSite } from "./load-site.js";
import { median } from "./median.js";
import { serveStatic } from "./static-server.js";

/** Settings, from the command line: `--requests`, `--in-flight`, `--timeout` (s), `--origin`. */
interface Settings {
  requests: number;
  inFlight: number;
  timeoutMs: number;
  origin?: string;
}

function option(name: string): string | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : process.argv[index + 1];
}

function settings(): Settings {
  const number = (name: string, fallback: number) => {
    const value = Number(option(name) ?? fallback);
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} must be a whole number`);
    return value;
  };
  const origin = option("origin");
  if (origin !== undefined && !/^http:\/\/(?:127\.0\.0\.1|localhost)(?::\d+)?$/.test(origin))
    throw new Error(`--origin must be http://127.0.0.1:<port>, not ${origin}`);
  return {
    requests: number("requests", 1000),
    inFlight: number("in-flight", 200),
    timeoutMs: number("timeout", 30) * 1000,
    origin,
  };
}

const BROTLI = { "accept-encoding": "br" };

function summarise(outcomes: LoadOutcome[]) {
  const count = (test: (outcome: LoadOutcome) => boolean) => outcomes.filter(test).length;
  const times = outcomes.map((outcome) => outcome.ms).sort((a, b) => a - b);
  return {
    ok: count((outcome) => outcome.status === 200),
    timeouts: count((outcome) => outcome.failure === "timeout"),
    resets: count((outcome) => outcome.failure === "reset"),
    other: count(
      (outcome) =>
        outcome.failure !== "timeout" && outcome.failure !== "reset" && outcome.status !== 200,
    ),
    p50: times[Math.floor(times.length / 2)] ?? 0,
    p99: times[Math.floor(times.length * 0.99)] ?? 0,
    max: times.at(-1) ?? 0,
  };
}

async function burst(origin: string, { requests, timeoutMs }: Settings) {
  const started = performance.now();
  const outcomes = await Promise.all(
    Array.from({ length: requests }, () =>
      loadRequest({ origin, path: "/", headers: BROTLI, timeoutMs }),
    ),
  );
  return { totalMs: performance.now() - started, ...summarise(outcomes) };
}

async function plainBehindLoad(origin: string, { inFlight, timeoutMs }: Settings) {
  let sent = 0;
  let allSent: () => void = () => {};
  const written = new Promise<void>((resolve) => {
    allSent = resolve;
  });
  const load = Array.from({ length: inFlight }, () =>
    loadRequest({
      origin,
      path: "/",
      headers: BROTLI,
      timeoutMs,
      onSent: () => {
        sent++;
        if (sent === inFlight) allSent();
      },
    }),
  );
  await written;
  const plain = await loadRequest({ origin, path: "/", headers: {}, timeoutMs });
  await Promise.all(load);
  return plain;
}

const current = settings();
const site = current.origin ? undefined : loadSite();
const server = site ? await serveStatic(site.root, await freePort()) : undefined;
const origin = current.origin ?? (server?.origin as string);
console.log(
  `Static server load on ${origin} (${site ? `apps/web/scripts/serve.mjs serving ${site.source}` : "an external server"}) — ` +
    `Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()
      .map((load) => load.toFixed(1))
      .join(" ")}`,
);
try {
  const bursts = [];
  for (let round = 1; round <= 2; round++)
    bursts.push({ round, ...(await burst(origin, current)) });
  printTable(
    `${current.requests} concurrent GET / with Accept-Encoding: br, one connection each, ${current.timeoutMs / 1000} s time-out`,
    ["round", "total s", "200", "time-outs", "resets", "other", "p50 ms", "p99 ms", "max ms"],
    bursts.map((run) => [
      run.round === 1 ? "1 (cold)" : String(run.round),
      formatNumber(run.totalMs / 1000),
      run.ok,
      run.timeouts,
      run.resets,
      run.other,
      formatNumber(run.p50),
      formatNumber(run.p99),
      formatNumber(run.max),
    ]),
  );
  const plains = [];
  for (let round = 1; round <= 3; round++) plains.push(await plainBehindLoad(origin, current));
  printTable(
    `A plain GET / (no Accept-Encoding) sent once ${current.inFlight} br requests are written`,
    ["round", "status", "ms"],
    plains.map((plain, index) => [
      String(index + 1),
      plain.status ?? plain.failure ?? "?",
      formatNumber(plain.ms),
    ]),
  );
  console.log(`median ${formatNumber(median(plains.map((plain) => plain.ms)))} ms`);
} finally {
  await server?.close();
  if (site) rmSync(site.root, { recursive: true, force: true });
}
