// `npm start`: serves the production build (`npm run build` first), like `next start` and with
// its options: -p/--port (or PORT, default 3000) and -H/--hostname (default: every interface).
// The live stream is served on node:http beside Next (scripts/lib/callboard-server.mjs).
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

process.env.NODE_ENV = 'production';
const { startCallboardServer } = await import('./scripts/lib/callboard-server.mjs');

const { values } = parseArgs({
  options: {
    port: { type: 'string', short: 'p' },
    hostname: { type: 'string', short: 'H' },
  },
});
const port = Number(values.port ?? process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  process.stderr.write(`callboard: invalid port "${values.port ?? process.env.PORT}"\n`);
  process.exit(2);
}
const hostname = values.hostname;
const started = performance.now();
const { shutdown } = await startCallboardServer({
  dir: dirname(fileURLToPath(import.meta.url)),
  port,
  hostname,
});
process.stdout.write(
  `callboard: listening on http://${hostname ?? 'localhost'}:${port}\n` +
    ` ✓ Ready in ${Math.round(performance.now() - started)}ms\n`,
);

for (const [signal, code] of [
  ['SIGTERM', 143],
  ['SIGINT', 130],
]) {
  process.once(signal, () => {
    void shutdown().finally(() => process.exit(code));
  });
}
