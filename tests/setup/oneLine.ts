// A missing tool is not a test failure: global setups report it as one line on stderr and end the run
// (exit code 1) before any test starts, rather than as an error with Vitest's stack trace.
export function exitWithOneLine(message: string): never {
  process.stderr.write(`\n${message}\n\n`);
  process.exit(1);
}
