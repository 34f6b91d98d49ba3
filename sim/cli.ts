import { parseArgs } from 'node:util';
import { parseFaultFlag } from './faults/parse';
import { startSimulator, type CenterOptions, type SimulatorOptions } from './server';

/** Builds simulator options from argv and env; throws with a usage message on bad values. */
export function parseCli(
  argv: string[],
  env: Record<string, string | undefined>,
): SimulatorOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      seed: { type: 'string' },
      speed: { type: 'string' },
      timezone: { type: 'string' },
      start: { type: 'string' },
      fault: { type: 'string', multiple: true },
      center: { type: 'string', multiple: true },
    },
    strict: true,
    allowPositionals: false,
  });
  const int = (name: string, raw: string | undefined, fallback: number): number => {
    if (raw === undefined || raw === '') return fallback;
    if (!/^\d+$/.test(raw)) throw new Error(`invalid --${name}: ${raw}`);
    return Number(raw);
  };
  const port = int('port', values.port ?? env.SIM_PORT, 4010);
  if (port > 65535) throw new Error(`invalid --port: ${port}`);
  const speed = values.speed === undefined ? 1 : Number(values.speed);
  if (!Number.isFinite(speed) || speed <= 0) throw new Error(`invalid --speed: ${values.speed}`);
  const startAtMs = values.start === undefined ? undefined : Date.parse(values.start);
  if (startAtMs !== undefined && Number.isNaN(startAtMs))
    throw new Error(`invalid --start: ${values.start}`);
  return {
    port,
    host: values.host ?? '127.0.0.1',
    seed: int('seed', values.seed, 42),
    speed,
    startAtMs,
    timeZone: values.timezone,
    asternic: { username: env.SIM_ASTERNIC_USER, password: env.SIM_ASTERNIC_PASSWORD },
    telecomx: {
      username: env.SIM_TELECOMX_USER,
      password: env.SIM_TELECOMX_PASSWORD,
      machineToken: env.SIM_TELECOMX_TOKEN || undefined,
    },
    enswitch: { username: env.SIM_ENSWITCH_USER, password: env.SIM_ENSWITCH_PASSWORD },
    utel: {
      email: env.SIM_UTEL_EMAIL || undefined,
      password: env.SIM_UTEL_PASSWORD || undefined,
      rateLimitPerMinute: envInt('SIM_UTEL_RATE_LIMIT', env.SIM_UTEL_RATE_LIMIT),
    },
    telphin: {
      clientId: env.SIM_TELPHIN_CLIENT_ID || undefined,
      clientSecret: env.SIM_TELPHIN_CLIENT_SECRET || undefined,
      rateLimitPerHour: envInt('SIM_TELPHIN_RATE_LIMIT', env.SIM_TELPHIN_RATE_LIMIT),
    },
    controlToken: env.SIM_CONTROL_TOKEN || undefined,
    faults: (values.fault ?? []).map((flag) => {
      const { api, spec } = parseFaultFlag(flag);
      return { api, ...spec };
    }),
    ...(values.center ? { centers: Object.fromEntries(values.center.map(parseCenterFlag)) } : {}),
  };
}

/** `--center utel:seed=7,agents=10,volume=0.45,timezone=Europe/London`: one API's own center. */
export function parseCenterFlag(flag: string): [string, CenterOptions] {
  const match = /^([a-z]+):(.+)$/.exec(flag);
  if (!match?.[1] || !match[2]) throw new Error(`invalid --center: ${flag}`);
  const center: CenterOptions = {};
  for (const pair of match[2].split(',')) {
    const [key, value = ''] = pair.split('=');
    const number = Number(value);
    if (key === 'timezone' && value) center.timeZone = value;
    else if (key === 'seed' && /^\d+$/.test(value)) center.seed = number;
    else if (key === 'agents' && /^\d+$/.test(value) && number >= 1 && number <= 24)
      center.agents = number;
    else if (key === 'volume' && number > 0 && number <= 10) center.volume = number;
    else throw new Error(`invalid --center ${match[1]}: ${pair}`);
  }
  return [match[1], center];
}

/** A non-negative integer from the environment, or undefined when unset/empty. */
function envInt(name: string, raw: string | undefined): number | undefined {
  if (raw === undefined || raw === '') return undefined;
  if (!/^\d+$/.test(raw)) throw new Error(`invalid ${name}: ${raw}`);
  return Number(raw);
}

async function main(): Promise<void> {
  let options: SimulatorOptions;
  try {
    options = parseCli(process.argv.slice(2), process.env);
  } catch (e) {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.stderr.write(
      'usage: tsx sim/cli.ts [--port 4010] [--host 127.0.0.1] [--seed 42] [--speed 1] [--timezone Asia/Tashkent] [--start ISO] [--fault api=mode[,delayMs=N,count=N,path=S]]… [--center api:seed=N,agents=N,volume=X,timezone=Z]…\n',
    );
    process.exit(2);
  }
  const sim = await startSimulator(options);
  process.stdout.write(`sim listening on ${sim.url}\n`);
  let closing = false;
  const stop = (): void => {
    if (closing) return;
    closing = true;
    sim.close().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const invokedDirectly = process.argv[1] !== undefined && /cli\.ts$/.test(process.argv[1]);
if (invokedDirectly) {
  main().catch((e: unknown) => {
    process.stderr.write(`sim failed to start: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exit(1);
  });
}
