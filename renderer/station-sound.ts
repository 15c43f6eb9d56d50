// A tone per result, made with Web Audio (no sound files to ship): two rising notes for PASS, a
// low double buzz for FAIL, loud enough to hear across a bench. Browsers let a page make sound
// only after the operator interacted with it, so the context is created on Start.
let context: AudioContext | null = null;

/** Call from a click or key handler (Start): the browser then allows the tones. */
export function unlockSound(): void {
  if (typeof AudioContext === 'undefined') return;
  context ??= new AudioContext();
  void context.resume().catch(() => undefined);
}

function tone(ctx: AudioContext, frequency: number, startS: number, lengthS: number, type: OscillatorType): void {
  const oscillator = ctx.createOscillator();
  const gain = ctx.createGain();
  oscillator.type = type;
  oscillator.frequency.value = frequency;
  const at = ctx.currentTime + startS;
  // A short attack and release, so the tone does not click.
  gain.gain.setValueAtTime(0.0001, at);
  gain.gain.exponentialRampToValueAtTime(0.3, at + 0.02);
  gain.gain.exponentialRampToValueAtTime(0.0001, at + lengthS);
  oscillator.connect(gain).connect(ctx.destination);
  oscillator.start(at);
  oscillator.stop(at + lengthS + 0.05);
}

export function playResult(passed: boolean): void {
  const ctx = context;
  if (ctx === null || ctx.state !== 'running') return;
  if (passed) {
    tone(ctx, 880, 0, 0.16, 'sine');
    tone(ctx, 1320, 0.18, 0.22, 'sine');
  } else {
    tone(ctx, 196, 0, 0.25, 'square');
    tone(ctx, 196, 0.32, 0.25, 'square');
  }
}
