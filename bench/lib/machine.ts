// The machine a run was measured on: figures mean little without cores, memory, CPU and load.
import { cpus, freemem, loadavg, totalmem } from 'node:os';

export interface Machine {
  cores: number;
  cpu: string;
  memoryGb: number;
  freeMemoryGb: number;
  node: string;
  loadAverage: number[];
}

const gb = (bytes: number) => Math.round((bytes / 2 ** 30) * 10) / 10;

export function machine(): Machine {
  return {
    cores: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    memoryGb: gb(totalmem()),
    freeMemoryGb: gb(freemem()),
    node: process.version,
    loadAverage: loadavg().map((l) => Math.round(l * 100) / 100),
  };
}

export const loadNow = (): number => Math.round((loadavg()[0] ?? 0) * 100) / 100;
