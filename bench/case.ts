/** One benchmark case of bench/run.ts: the app's call and a hand-written floor for the same input. */
export type Result = { rows: number; total: number };
export type Case = {
  name: string;
  budget: number;
  input: (i: number) => Record<string, string>;
  /** The app's function; the client list when absent. */
  app?: (p: Record<string, string>) => Promise<Result>;
  raw: (p: Record<string, string>) => Promise<Result>;
};
