// Names shared by the e2e runners and the suite running inside the extension host.

/** Where the suite writes its mocha report (plain text), so runners can print it. */
export const REPORT_ENV = 'MENTORING_PLANS_E2E_REPORT';

/** Base URL of the code-server runner's control endpoint (POST /screenshot); unset elsewhere. */
export const CONTROL_ENV = 'MENTORING_PLANS_E2E_CONTROL';

export const EXTENSION_ID = 'mentoring-plans.mentoring-plans';
