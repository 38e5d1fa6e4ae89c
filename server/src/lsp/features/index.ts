// The editor features, one file each; the session merges their capabilities and registers them.

import type { Feature } from '../session';

export const FEATURES: readonly Feature[] = [];
