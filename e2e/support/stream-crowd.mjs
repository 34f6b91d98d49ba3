// Many live streams from one child process (e2e/fanout.spec.ts), started under a raised
// `ulimit -n` so that the browser-test process's own limit does not matter. Commands on stdin,
// one JSON answer per line on stdout:
//   {"open": N, "url": "...", "token": "..."} → {"opened": N, "latest": <newest snapshot id>}
//   {"after": id, "timeoutMs": ms}              → {"got": <streams with a snapshot newer than id>}
//   {"close": true}                             → {"closed": N}
import { Agent, request } from 'node:http';
import { createInterface } from 'node:readline';
import { createParser } from 'eventsource-parser';

const agent = new Agent({ keepAlive: false, maxSockets: Infinity });
let streams = [];
const say = (answer) => process.stdout.write(`${JSON.stringify(answer)}\n`);

function openOne(url, token) {
  return new Promise((resolve, reject) => {
    const stream = { latest: 0, req: undefined, waiters: [] };
    const req = request(url, { agent, headers: { authorization: `Bearer ${token}` } });
    stream.req = req;
    req.on('error', reject);
    req.on('response', (res) => {
      if (res.statusCode !== 200) {
        reject(new Error(`stream answered ${res.statusCode}`));
        res.resume();
        return;
      }
      const parser = createParser({
        onEvent: (event) => {
          if (event.event !== 'snapshot') return;
          stream.latest = Math.max(stream.latest, Number(event.id));
          if (stream.latest > 0) resolve(stream);
          // A waiter answers true once it is satisfied, and is then forgotten.
          stream.waiters = stream.waiters.filter((w) => !w());
        },
      });
      res.setEncoding('utf8');
      res.on('data', (chunk) => parser.feed(chunk));
      res.on('error', () => undefined);
    });
    req.end();
  });
}

async function open(count, url, token) {
  let next = 0;
  const opened = [];
  const worker = async () => {
    while (next < count) {
      next += 1;
      opened.push(await openOne(url, token));
    }
  };
  await Promise.all(Array.from({ length: 50 }, worker));
  streams = streams.concat(opened);
  say({ opened: opened.length, latest: Math.max(...streams.map((s) => s.latest)) });
}

async function after(id, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  const newer = (s) => s.latest > id;
  await Promise.all(
    streams.map(
      (s) =>
        new Promise((resolve) => {
          if (newer(s)) return resolve();
          const timer = setTimeout(resolve, Math.max(0, deadline - Date.now()));
          s.waiters.push(() => {
            if (!newer(s)) return false;
            clearTimeout(timer);
            resolve();
            return true;
          });
        }),
    ),
  );
  say({ got: streams.filter(newer).length });
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const command = JSON.parse(line);
  const failed = (error) => say({ error: String(error?.message ?? error) });
  if (command.open) open(command.open, command.url, command.token).catch(failed);
  else if (command.after !== undefined) after(command.after, command.timeoutMs).catch(failed);
  else if (command.close) {
    for (const s of streams) s.req.destroy();
    say({ closed: streams.length });
    streams = [];
  }
});
