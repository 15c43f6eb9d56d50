// The part of madge's API the cycle test uses (madge ships no types).
declare module 'madge' {
  interface MadgeResult {
    circular(): string[][];
  }
  function madge(paths: string[], config: Record<string, unknown>): Promise<MadgeResult>;
  export default madge;
}
