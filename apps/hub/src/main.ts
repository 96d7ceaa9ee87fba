#!/usr/bin/env node
// Entry point of the hub process. A negative code means "keep running" (a server or worker).
import 'reflect-metadata';
import { runCli } from './cli/run-cli.js';

runCli(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
