/**
 * Sets up a community on a CouchDB server (README: "Running a community server").
 *
 *   npm run community -- init --url https://couch.example.org --admin admin [--db rekindle]
 *   npm run community -- add-user maria --role mentor [--role council] --url https://couch.example.org --admin admin
 *
 * The administrator's password comes from REKINDLE_ADMIN_PASSWORD and the new account's from
 * REKINDLE_USER_PASSWORD, or is asked on the terminal without echo; never from the command line,
 * where it would stay in the shell history and the process list.
 */
import { Role } from '../shared/model/common';
import { addUser, CommunitySetupError, DEFAULT_DB, initCommunity } from '../electron/backend/sync/community-setup';

const USAGE = `Usage:
  npm run community -- init --url URL --admin NAME [--db NAME]
  npm run community -- add-user NAME --role coach|mentor|council [--role …] --url URL --admin NAME
Passwords: REKINDLE_ADMIN_PASSWORD and REKINDLE_USER_PASSWORD, or asked on the terminal.`;

class UsageError extends Error {}

interface Parsed {
  command: string;
  positional: string[];
  flags: Map<string, string[]>;
}

function parse(argv: readonly string[]): Parsed {
  const [command = '', ...rest] = argv;
  const positional: string[] = [];
  const flags = new Map<string, string[]>();
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i]!;
    if (!arg.startsWith('--')) {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq === -1 ? arg.slice(2) : arg.slice(2, eq);
    const value = eq === -1 ? rest[++i] : arg.slice(eq + 1);
    if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value`);
    flags.set(name, [...(flags.get(name) ?? []), value]);
  }
  return { command, positional, flags };
}

function one(p: Parsed, name: string, fallback?: string): string {
  const values = p.flags.get(name);
  if (!values?.length) {
    if (fallback !== undefined) return fallback;
    throw new UsageError(`--${name} is required`);
  }
  if (values.length > 1) throw new UsageError(`--${name} is given twice`);
  return values[0]!;
}

function only(p: Parsed, allowed: readonly string[]): void {
  for (const name of p.flags.keys()) if (!allowed.includes(name)) throw new UsageError(`unknown option --${name}`);
}

/** A password from the environment, or typed on the terminal with nothing echoed. */
async function password(envName: string, prompt: string): Promise<string> {
  const fromEnv = process.env[envName];
  if (fromEnv) return fromEnv;
  const stdin = process.stdin;
  if (!stdin.isTTY) throw new UsageError(`no terminal to ask for the password: set ${envName}`);
  process.stderr.write(prompt);
  stdin.setRawMode(true);
  stdin.resume();
  stdin.setEncoding('utf8');
  try {
    return await new Promise<string>((done, fail) => {
      let typed = '';
      const onData = (chunk: string) => {
        for (const ch of chunk) {
          if (ch === '\r' || ch === '\n') {
            stdin.off('data', onData);
            process.stderr.write('\n');
            return done(typed);
          }
          if (ch === '\u0003') {
            stdin.off('data', onData);
            process.stderr.write('\n');
            return fail(new UsageError('cancelled'));
          }
          if (ch === '\u007f' || ch === '\b') typed = typed.slice(0, -1);
          else typed += ch;
        }
      };
      stdin.on('data', onData);
    });
  } finally {
    stdin.setRawMode(false);
    stdin.pause();
  }
}

async function main(argv: readonly string[]): Promise<void> {
  const p = parse(argv);
  if (p.command === 'init') {
    only(p, ['url', 'admin', 'db']);
    if (p.positional.length) throw new UsageError(`unexpected ${p.positional.join(' ')}`);
    const url = one(p, 'url');
    const name = one(p, 'admin');
    const db = one(p, 'db', DEFAULT_DB);
    const admin = { name, password: await password('REKINDLE_ADMIN_PASSWORD', `Password of the server administrator ${name}: `) };
    const result = await initCommunity({ url, admin, db });
    console.log(`Community "${result.shared}" is ready on ${result.url}.`);
    console.log(`  databases: ${result.shared} (coach, mentor, council) and ${result.confidential} (mentor, council)`);
    console.log(`  created now: ${result.created.join(', ') || 'none (they existed)'}; validation rules installed: ${result.rulesUpdated.join(', ') || 'none (already current)'}`);
    console.log(`Next: npm run community -- add-user NAME --role coach|mentor|council --url ${result.url} --admin ${name}`);
    return;
  }
  if (p.command === 'add-user') {
    only(p, ['url', 'admin', 'role']);
    if (p.positional.length !== 1) throw new UsageError('add-user takes one account name');
    const user = p.positional[0]!;
    const roles = (p.flags.get('role') ?? []).map((r) => {
      const role = Role.safeParse(r);
      if (!role.success) throw new UsageError(`--role ${r}: the roles are coach, mentor and council`);
      return role.data;
    });
    if (!roles.length) throw new UsageError('give at least one --role (coach, mentor or council)');
    const url = one(p, 'url');
    const name = one(p, 'admin');
    const admin = { name, password: await password('REKINDLE_ADMIN_PASSWORD', `Password of the server administrator ${name}: `) };
    const userPassword = await password('REKINDLE_USER_PASSWORD', `Password for ${user}: `);
    const { created } = await addUser({ url, admin, name: user, password: userPassword, roles });
    console.log(`${created ? 'Created' : 'Updated'} the account ${user} with the roles ${roles.join(', ')}.`);
    return;
  }
  throw new UsageError(p.command ? `unknown command "${p.command}"` : 'which command?');
}

main(process.argv.slice(2)).catch((err: unknown) => {
  if (err instanceof UsageError) {
    console.error(`${err.message}\n\n${USAGE}`);
    process.exitCode = 2;
  } else if (err instanceof CommunitySetupError) {
    console.error(err.message);
    process.exitCode = 1;
  } else {
    console.error(err);
    process.exitCode = 1;
  }
});
