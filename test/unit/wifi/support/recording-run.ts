import type {
  CommandOptions,
  CommandResult,
  RunCommand,
} from '../../../../electron/core/run-command';

interface Recorded {
  file: string;
  args: string[];
  options: CommandOptions;
}

/** A RunCommand that records every call and answers from a script keyed on the joined argv. */
export function recordingRun(
  answer: (file: string, args: string[]) => Partial<CommandResult> = () => ({}),
) {
  const calls: Recorded[] = [];
  const run: RunCommand = async (file, args, options) => {
    calls.push({ file, args: [...args], options });
    return { code: 0, stdout: '', stderr: '', ...answer(file, [...args]) };
  };
  return { calls, run, lines: () => calls.map((call) => [call.file, ...call.args].join(' ')) };
}
