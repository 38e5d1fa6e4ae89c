// Names shared by the e2e runners and the suite running inside the extension host.

/** Where the suite writes its mocha report (plain text), so runners can print it. */
export const REPORT_ENV = 'MENTORING_PLANS_E2E_REPORT';

/** Base URL of the code-server runner's control endpoint (POST /screenshot); unset elsewhere. */
export const CONTROL_ENV = 'MENTORING_PLANS_E2E_CONTROL';

/**
 * Set only when the runner refreshes the README pictures, to the folder of caseload plans the
 * Mentoring view and dashboard pictures show: then the suite stages every picture.
 */
export const UPDATE_PICTURES_ENV = 'MENTORING_PLANS_E2E_UPDATE_PICTURES';

/** The pictures the runner can capture, each saved as docs/<name>.png. */
export type Picture = 'screenshot' | 'mentoring-view' | 'dashboard';

export const EXTENSION_ID = 'mentoring-plans.mentoring-plans';
