// `node bench/fanout/summarize-profile.mjs file.cpuprofile [top]`: the summary profile.mjs prints,
// for any .cpuprofile (one from `node --cpu-prof` too).
import { readFileSync } from 'node:fs';
import { summarizeProfile } from '../lib/cpu-profile.mjs';

const [file, top = '25'] = process.argv.slice(2);
if (!file) {
  process.stderr.write('usage: node bench/fanout/summarize-profile.mjs file.cpuprofile [top]\n');
  process.exit(2);
}
const summary = summarizeProfile(JSON.parse(readFileSync(file, 'utf8')), Number(top));
const log = (line) => process.stdout.write(`${line}\n`);
log(`profiled ${summary.totalMs} ms, busy ${summary.busyMs} ms`);
log(`CPU ms in the busiest seconds (the snapshot bursts): ${summary.busiestSecondsMs.join(', ')}`);
log('\nby area (self time):');
for (const a of summary.areas)
  log(`  ${a.pct.padStart(5)} %  ${String(a.ms).padStart(6)} ms  ${a.name}`);
log('\ntop functions (self time):');
for (const f of summary.functions)
  log(`  ${f.pct.padStart(5)} %  ${String(f.ms).padStart(6)} ms  ${f.name}`);
