// A CSV file written a record at a time, in chunks: a whole file built as one string (a large node
// file is as large as the corpus text) spends most of its time in the garbage collector. Records are
// joined fields; the writer only says whether one held a line break, which the importer must be told.
import { closeSync, openSync, writeSync } from 'node:fs';

const CHUNK = 1 << 20;

export class CsvWriter {
  private readonly fd: number;
  private buffer = '';
  /** Some record held a line break (a field's: records are one line each). */
  multiline = false;

  constructor(readonly path: string) {
    this.fd = openSync(path, 'w');
  }

  record(fields: readonly string[]): void {
    const line = fields.join(',');
    this.multiline ||= /[\n\r]/.test(line);
    this.buffer += `${line}\n`;
    if (this.buffer.length >= CHUNK) this.flush();
  }

  private flush(): void {
    writeSync(this.fd, this.buffer);
    this.buffer = '';
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
  }
}
