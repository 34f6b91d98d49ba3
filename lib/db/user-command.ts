import type { Kysely } from 'kysely';
import bcrypt from 'bcryptjs';
import { Role } from '@/lib/config/schema';
import { recordAudit } from './audit-log';
import type { Database } from './schema';
import { createUser, findUserByName, listUsers, updateUser } from './users';

export const userCommandUsage = `usage: npm run user -- <command>
  add <username> --role <admin|supervisor|manager|viewer>   (password from CALLBOARD_USER_PASSWORD or stdin)
  list
  role <username> <role>
  disable <username>
  enable <username>
  passwd <username>                                          (password as for add)`;

export interface UserCommandIo {
  bootstrapNames: readonly string[];
  readPassword(): Promise<string>;
  print(line: string): void;
  cost: number;
}

/** `npm run user`: manages database users from a shell (the first admin, or a locked-out one). */
export async function runUserCommand(
  db: Kysely<Database>,
  args: readonly string[],
  io: UserCommandIo,
): Promise<number> {
  const [command, name, ...rest] = args;
  const fail = (message: string) => {
    io.print(message);
    return 1;
  };
  const audit = (action: string, target: string, detail: Record<string, unknown> | null) =>
    recordAudit(db, { actor: 'cli', action, target, detail, ip: null });
  const newPassword = async () => {
    const password = await io.readPassword();
    if (password.length < 10) throw new Error('a password needs at least 10 characters');
    return bcrypt.hash(password, io.cost);
  };
  if (command === 'list') {
    for (const user of await listUsers(db)) {
      io.print(`${user.username}\t${user.role}\t${user.disabled ? 'disabled' : 'enabled'}`);
    }
    for (const username of io.bootstrapNames) io.print(`${username}\t(configuration file)`);
    return 0;
  }
  if (!name) return fail(userCommandUsage);
  if (command === 'add') {
    const roleIndex = rest.indexOf('--role');
    const role = Role.safeParse(roleIndex >= 0 ? rest[roleIndex + 1] : undefined);
    if (!role.success) return fail('add needs --role admin|supervisor|manager|viewer');
    if (io.bootstrapNames.includes(name))
      return fail(`"${name}" is a user of the configuration file`);
    const created = await createUser(db, {
      username: name,
      role: role.data,
      passwordHash: await newPassword(),
    });
    if (!created) return fail(`a user "${name}" exists already`);
    await audit('user.create', name, { role: role.data });
    io.print(`added ${name} (${role.data})`);
    return 0;
  }
  const user = await findUserByName(db, name);
  if (!user) return fail(`no database user "${name}"`);
  if (command === 'role') {
    const role = Role.safeParse(rest[0]);
    if (!role.success) return fail('role needs admin|supervisor|manager|viewer');
    await updateUser(db, user.id, { role: role.data });
    await audit('user.update', name, { role: { from: user.role, to: role.data } });
  } else if (command === 'disable' || command === 'enable') {
    await updateUser(db, user.id, { disabled: command === 'disable' });
    await audit('user.update', name, { disabled: command === 'disable' });
  } else if (command === 'passwd') {
    await updateUser(db, user.id, { passwordHash: await newPassword() });
    await audit('user.update', name, { passwordReset: true });
  } else {
    return fail(userCommandUsage);
  }
  io.print(`${command}: ${name} done`);
  return 0;
}
