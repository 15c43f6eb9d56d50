// Builds the implementation of shared/contract.ts from the core's services. One entry per
// channel; the type below makes a missing or mistyped handler a compile error.
import { arch, release } from 'node:os';
import packageJson from '../../package.json';
import type { HostKind, ParsedArg, RequestChannel, RequestResult } from '../../shared/contract';
import { EventBus } from './event-bus';
import { runCommand as realRunCommand, type RunCommand } from './run-command';
import { findOnPath as realFindOnPath, type FindOnPath } from './system/find-on-path';
import { checkSystem } from './system/system-check';

export type Handlers = {
  [C in RequestChannel]: (arg: ParsedArg<C>) => Promise<RequestResult<C>>;
};

export interface CoreOptions {
  host: HostKind;
  simulated: boolean;
  platform?: NodeJS.Platform;
  runCommand?: RunCommand;
  findOnPath?: FindOnPath;
}

export interface Core {
  handlers: Handlers;
  events: EventBus;
}

export const PRODUCT_NAME = 'Photon Setup';

export function createCore(options: CoreOptions): Core {
  const events = new EventBus();

  const handlers: Handlers = {
    'app.info': async () => ({
      name: PRODUCT_NAME,
      version: packageJson.version,
      host: options.host,
      simulated: options.simulated,
    }),
    'system.check': async () => {
      const result = await checkSystem({
        platform: options.platform ?? process.platform,
        release: release(),
        arch: arch(),
        simulated: options.simulated,
        runCommand: options.runCommand ?? realRunCommand,
        findOnPath: options.findOnPath ?? realFindOnPath,
        now: () => new Date(),
      });
      events.emit('system.checked', result);
      return result;
    },
  };

  return { handlers, events };
}
