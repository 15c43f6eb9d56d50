// Each of the device's servers has one worker thread: a slow command (scan-ap, configure-ap)
// delays every other client of that server (softap-protocol.md §3.4).
export class SerialWorker {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(task: () => Promise<T>): Promise<T> {
    const result = this.tail.then(task, task);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
