// The `hub` command line (../shared/API.md): api | worker | all | migrate | tenant create --name.
import { parseArgs } from 'node:util';
import { ConfigError, loadConfigFromProcess, type LoadedConfig } from '@hub/config';
import { createTenant, migrate, serve, work } from './commands.js';

export const USAGE = `Usage: hub <command>
  api                          serve the HTTP API (runs pending migrations first)
  worker                       run the queue processors
  all                          API and processors in one process
  migrate                      apply pending database migrations
  tenant create --name <firm>  create a tenant and its first admin key (printed once, as JSON)`;

export async function runCli(argv: string[]): Promise<number> {
  const { positionals, values } = parseArgs({ args: argv, allowPositionals: true, options: { name: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  const command = positionals.join(' ');
  if (values.help || command === '') {
    console.log(USAGE);
    return values.help ? 0 : 2;
  }
  if (!['api', 'worker', 'all', 'migrate', 'tenant create'].includes(command)) {
    console.error(`Unknown command "${command}".\n${USAGE}`);
    return 2;
  }
  if (command === 'tenant create' && !values.name?.trim()) {
    console.error('tenant create needs --name "<firm>"');
    return 2;
  }

  let config: LoadedConfig;
  try {
    config = loadConfigFromProcess();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      return 78; // EX_CONFIG
    }
    throw error;
  }

  switch (command) {
    case 'api':
      await serve(config, false);
      return -1;
    case 'all':
      await serve(config, true);
      return -1;
    case 'worker':
      await work(config);
      return -1;
    case 'migrate': {
      const applied = await migrate(config);
      console.log(JSON.stringify({ applied }));
      return 0;
    }
    default: {
      console.log(JSON.stringify(await createTenant(config, values.name ?? '')));
      return 0;
    }
  }
}
