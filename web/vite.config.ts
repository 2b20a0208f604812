import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

// The build lands in the jar's static/ folder, which the gateway serves. `npx vite` serves the app
// with hot reload and sends everything else to a gateway running on 8080 (bin/local-stack).
const gateway = 'http://127.0.0.1:8080';

export default defineConfig({
  plugins: [react()],
  build: {
    outDir: 'target/classes/static',
    emptyOutDir: true,
  },
  server: {
    proxy: Object.fromEntries(['/api', '/session', '/oauth2', '/login', '/logout'].map((path) => [path, gateway])),
  },
  test: {
    environment: 'jsdom',
    include: ['src/**/*.test.{ts,tsx}'],
  },
});
