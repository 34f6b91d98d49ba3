import { createInterface } from 'node:readline/promises';
import { passwordCost } from '@/lib/auth/verify-password';
import { defaultConfigPath, loadConfigFile } from '@/lib/config/load-config';
import { databaseTarget, migrateToLatest, openDatabase } from '@/lib/db/connect';
import { runUserCommand } from '@/lib/db/user-command';

/** `npm run user -- …`: database users from a shell, with the server's configuration and database. */
const config = loadConfigFile(process.env.CALLBOARD_CONFIG ?? defaultConfigPath);
const db = openDatabase(databaseTarget(process.env, config.database.path));

/** CALLBOARD_USER_PASSWORD, else one line from stdin (piped, or typed after the prompt). */
async function readPassword(): Promise<string> {
  const fromEnv = process.env.CALLBOARD_USER_PASSWORD;
  if (fromEnv) return fromEnv;
  if (process.stdin.isTTY) {
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await prompt.question('Password: ');
    prompt.close();
    return answer;
  }
  let text = '';
  for await (const chunk of process.stdin) text += String(chunk);
  return text.split(/\r?\n/)[0] ?? '';
}

try {
  await migrateToLatest(db);
  process.exitCode = await runUserCommand(db, process.argv.slice(2), {
    bootstrapNames: config.auth.users.map((user) => user.username),
    readPassword,
    print: (line) => process.stdout.write(`${line}\n`),
    cost: passwordCost,
  });
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
} finally {
  await db.destroy();
}
