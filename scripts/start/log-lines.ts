/**
 * How `npm start` relays its children's log lines. In a terminal a person reads them: each pino JSON
 * line goes through pino-pretty (local time, level, message, then the fields) behind a coloured service
 * name. Anywhere else — a file, a pipe, a container's log collector — the lines stay JSON, exactly as the
 * service wrote them, behind a plain name and no colour codes, so machines can still parse them.
 */
import { prettyFactory } from "pino-pretty";

const COLOURS = [36, 33, 35, 32, 34, 31, 37];

export function lineFormatter(name: string, index: number, stream: { isTTY?: boolean }): (line: string) => string {
  const tty = Boolean(stream.isTTY) && !process.env.NO_COLOR && process.env.LOG_FORMAT !== "json";
  if (!tty) return (line) => `${name.padEnd(14)}| ${line}\n`;
  const colour = COLOURS[index % COLOURS.length]!;
  const prefix = `\x1b[${colour}m${name.padEnd(14)}\x1b[0m| `;
  const pretty = prettyFactory({ colorize: true, translateTime: "SYS:HH:MM:ss.l", ignore: "pid,hostname,name", singleLine: true });
  return (line) => {
    if (!line.trimStart().startsWith("{")) return prefix + line + "\n";
    try {
      return prefix + pretty(line).trimEnd() + "\n";
    } catch {
      return prefix + line + "\n";
    }
  };
}
