// The charts come in their own bundle: the server, the CLI's check and the client's start-up never pay
// for the charting library. The build maps this import to dist/charts.js beside the calling bundle.

import type { CaseloadCharts } from './caseload-charts';

export const loadCharts = async (): Promise<CaseloadCharts> => (await import('./caseload-charts')).caseloadCharts;
