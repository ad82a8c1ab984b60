/**
 * The reviewer's screens of the staff console (审核): their paths under /console, menu entries and
 * roles, as plain data (no imports), so a browser test can compute each role's menu from them.
 * routes.ts joins them to their components and checks them against StaffRoute.
 *
 * Village clerks see the claim queue because a program may let them review (clerksReview); the
 * server decides each approval. Objections are decided by reviewers, township officers and county
 * admins only (the server refuses clerks), so clerks do not see that screen.
 */
export const reviewerScreens = {
  queue: {
    path: 'review',
    name: 'review-queue',
    meta: {
      menu: { zh: '申报审核', en: 'Claims to review' },
      roles: ['reviewer', 'township_officer', 'county_admin', 'village_clerk'],
      group: 'review',
    },
  },
  claim: {
    path: 'review/claims/:id',
    name: 'review-claim',
    meta: {
      menu: { zh: '审核申报', en: 'Review a claim' },
      roles: ['reviewer', 'township_officer', 'county_admin', 'village_clerk'],
      group: 'review',
      hidden: true,
    },
  },
  objections: {
    path: 'review/objections',
    name: 'review-objections',
    meta: {
      menu: { zh: '异议处理', en: 'Objections' },
      roles: ['reviewer', 'township_officer', 'county_admin'],
      group: 'review',
    },
  },
  notice: {
    path: 'review/objections/:id',
    name: 'review-notice',
    meta: {
      menu: { zh: '处理异议', en: 'Decide an objection' },
      roles: ['reviewer', 'township_officer', 'county_admin'],
      group: 'review',
      hidden: true,
    },
  },
} as const;
