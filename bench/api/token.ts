// The admin token the benchmark's Veikart server accepts (for the import), shared by runner and servers.
export const BENCH_ADMIN_TOKEN = 'bench-admin-token-000000000001';
