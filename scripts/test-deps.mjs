// Installs what the tests need outside npm (redis-server; Chromium is handled by scripts/e2e.mjs).
import { ensureRedisServer } from './lib/system-deps.mjs';

ensureRedisServer();
