// `server-only` throws when loaded outside a React Server bundle, to keep engine code out of the
// browser. server.ts is itself the server and loads lib/server/engine through tsx, not through Next's
// bundler, so it answers that import with an empty module. This must be server.ts's first import.
const resolved = require.resolve("server-only");
require.cache[resolved] = { id: resolved, filename: resolved, loaded: true, exports: {} } as NodeJS.Module;
