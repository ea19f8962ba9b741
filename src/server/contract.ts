// Compile-time contract, checked by `npm run lint` (tsc -p tsconfig.server.json) and never
// bundled (nothing imports it): the public surface in index.ts implements ServerApi, the typed
// API the sidebars call through google.script.run. A function of ServerApi that index.ts does
// not export, or exports with an incompatible signature, makes this file fail to compile,
// naming the function. (JSON-safety of ServerApi itself is checked in src/shared/json.ts.)
import type { ServerApi } from '../shared/api';
import type * as server from './index';

/** Compiles only when the server's exports are assignable to ServerApi. */
type Implements<T extends ServerApi> = T;

export type _ServerImplementsApi = Implements<typeof server>;
