// Installs what the tests need outside npm (redis-server, PostgreSQL; Chromium: scripts/e2e.mjs).
import { ensurePostgres, ensureRedisServer } from './lib/system-deps.mjs';

ensureRedisServer();
ensurePostgres();
