// The admin token the benchmark's Veikart server accepts (for the import), shared by runner and servers:
// made at random by the runner and handed to the servers' process through its environment.
import { randomBytes } from 'node:crypto';

process.env.BENCH_ADMIN_TOKEN ??= randomBytes(24).toString('base64url');
export const BENCH_ADMIN_TOKEN: string = process.env.BENCH_ADMIN_TOKEN;
