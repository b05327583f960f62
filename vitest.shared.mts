import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('.', import.meta.url));

/** Module resolution shared by the unit and end-to-end configs: the app's `@/` paths, and `server-only`
 * as an empty module, since tests run outside React's server environment where the real one throws. */
export const resolve = {
  alias: {
    '@/': root,
    'server-only': `${root}tests/support/server-only.ts`,
  },
};
