export type paths = {
    "/api/v1/allocation-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run's allocation plans, newest first */
        get: operations["RankingsController_listPlans"];
        put?: never;
        /** Split a budget over a published village ranking (积分换项目) */
        post: operations["RankingsController_createPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocation-plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A stored allocation plan */
        get: operations["RankingsController_getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocation-plans/{id}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An allocation plan as CSV */
        get: operations["RankingsController_planCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocation-plans/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** An allocation plan as an Excel workbook */
        get: operations["RankingsController_planXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/allocation-plans/preview": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The plan a budget split would make, stored nowhere: what the county looks at before it decides */
        post: operations["RankingsController_previewPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Announcements published in your area and those published above it that show there, newest first, with who published and who withdrew each */
        get: operations["AnnouncementsController_list"];
        put?: never;
        /** Publish an announcement to a village (or a township or county: every village below it), with photos and the days it is shown */
        post: operations["AnnouncementsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/announcements/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take an announcement down at once (it is kept, with who withdrew it and why) */
        post: operations["AnnouncementsController_withdraw"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county's API clients (secrets are never shown again) */
        get: operations["IntegrationController_list"];
        put?: never;
        /** Make an API client for an outside system: the region it acts in and the event types it may send; its signing secret is shown once */
        post: operations["IntegrationController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a client: its next request is refused */
        post: operations["IntegrationController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/secrets": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** A second secret, for rotation: both sign until the old one is revoked (two at most) */
        post: operations["IntegrationController_addSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/api-clients/{id}/secrets/{secretId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke one secret: requests signed with it are refused from now on */
        post: operations["IntegrationController_revokeSecret"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of your subtree (changes by staff and kiosks, logins to your staff), newest first, by time, actor, action, kind of resource, outcome and free text, a page at a time; a platform operator sees the entries of no county */
        get: operations["AuditController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Log in with username and password; failed attempts are limited per address and username */
        post: operations["AuthController_login"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The current user with role and region */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resident": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household of the logged-in resident (residents only) */
        get: operations["AuthController_resident"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/auth/resident-login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * A resident logs in with the household card code and PIN; the token acts for that household only
         * @description Every wrong PIN counts against the PIN until a clerk resets it: each 5 lock the card, for 1 minute, 5 minutes, 1 hour, a day, then until a new PIN (429 CARD_LOCKED saying until when, then 429 CARD_LOCKED_UNTIL_RESET); at most 10 wrong PINs in 24 hours. A wrong PIN answers 401 INVALID_PIN with `details.triesBeforeLock` (or `details.locked: true` when it locked the card); an unknown card code answers 401 INVALID_PIN too, a known card whose household has no PIN yet 401 PIN_NOT_SET (the village committee gives one). Client addresses are limited like staff log-ins. Wrong PINs on 20 cards of a county within an hour raise a security alarm (audit log, staff-activity report).
         */
        post: operations["AuthController_residentLogin"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff: the review queue of your villages, oldest first (the open claims unless a status is asked). A resident: its household's claims, newest first */
        get: operations["ClaimsController_list"];
        put?: never;
        /** File a claim (申报): a resident for its household, or village staff on a household's behalf; it waits for review */
        post: operations["ClaimsController_file"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One claim with its history (staff who may read its village, or the resident of its household) */
        get: operations["ClaimsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a claim (审核通过): it goes on public notice (公示), or posts at once on a program without one; above the program's threshold a second, different reviewer must approve too */
        post: operations["ClaimsController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a claim with a reason (shown to the household) */
        post: operations["ClaimsController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/devices/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The kiosk a key belongs to and its store: what a counter page binds to */
        get: operations["DevicesController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-mappings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** How the county's event types count: rule, program and path (claim or entry) */
        get: operations["IntegrationController_mappings"];
        /** Map an event type to a rule of a household program, as a claim to review or an entry (replaces the mapping of the type) */
        put: operations["IntegrationController_setMapping"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/event-mappings/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Remove a mapping: events of the type wait in the dead-letter list */
        delete: operations["IntegrationController_removeMapping"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload an evidence photo (JPEG, PNG or WebP): re-encoded as JPEG without EXIF or GPS data, with a thumbnail
         * @description Staff name a village of their subtree; a resident uploads for its own household's village. The same photo uploaded again is stored once.
         */
        post: operations["EvidenceController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One evidence photo: dimensions, size, checksum and where to fetch image and thumbnail */
        get: operations["EvidenceController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The image of an evidence photo (at most 2048 px on the long side) */
        get: operations["EvidenceController_image"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/evidence/{id}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The thumbnail of an evidence photo (JPEG, at most 320 px on the long side) */
        get: operations["EvidenceController_thumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/household-messages/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A household's messages, newest first (a resident: its own; its door page's inbox): decisions on its claims, entries on notice, objections decided, sanctions, redemptions, points about to be cleared */
        get: operations["NotificationsController_householdMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Households of your subtree, by village and search text */
        get: operations["HouseholdsController_list"];
        put?: never;
        /** Register a household with its members in a village of your subtree */
        post: operations["HouseholdDetailsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One household with members and balances */
        get: operations["HouseholdDetailsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the head, address or phone of a household */
        patch: operations["HouseholdDetailsController_update"];
        trace?: never;
    };
    "/api/v1/households/by-card/{cardCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look a household up by its card code (kiosks and store operators get the head name masked) */
        get: operations["HouseholdDetailsController_byCard"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/import": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Import households and members from CSV or Excel (.xlsx): queued, every line checked on its own, safe to repeat
         * @description The request checks the file in bounded time and stores it: its size (413 past IMPORT_MAX_MB), its format (415 for .xls), a workbook's ZIP directory (422 IMPORT_UNREADABLE, or IMPORT_TOO_LARGE when it says it unpacks past IMPORT_MAX_UNPACKED_MB) and a CSV's header (422 IMPORT_EMPTY, IMPORT_MISSING_COLUMNS). It answers 202 with the import; the job reads the rows within IMPORT_MAX_ROWS, IMPORT_MAX_UNPACKED_MB (counted as it unpacks) and IMPORT_MAX_SECONDS. Follow it at `GET /api/v1/households/imports/{id}` (progress, counts, per-line errors); a file refused there ends `failed` with `failureReason` (IMPORT_TOO_LARGE, IMPORT_TIMED_OUT, IMPORT_UNREADABLE, IMPORT_EMPTY, IMPORT_MISSING_COLUMNS, IMPORT_MALFORMED), `failureDetails` and `failureMessage`.
         */
        post: operations["HouseholdsController_importFile"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/households/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Progress and per-line error report of an import */
        get: operations["HouseholdsController_getImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integration-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Events received in the county, newest first; status=dead is the dead-letter list */
        get: operations["IntegrationController_events"];
        put?: never;
        /** Send events (signed the Standard Webhooks way): each is accepted once per event id, as a claim or an entry under the county mapping of its type; the answer says per event accepted (with what it made), duplicate, or refused with a code */
        post: operations["IntegrationController_receive"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integration-events/{id}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Take a dead event off the list: it will not count (sent again, it answers duplicate) */
        post: operations["IntegrationController_dismiss"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/integration-events/{id}/replay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Process a dead event again (after mapping its type, say): accepted, or still refused with the reason */
        post: operations["IntegrationController_replay"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ledger/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proves the ledger invariants for the programs of your county: global sum zero, each transaction balanced, each balance equal to its postings */
        get: operations["LedgerViewsController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county's messages with the status of each delivery (queued, sent, failed with the reason), newest first */
        get: operations["NotificationsController_countyMessages"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries under notice in your region (or one of its regions), deadline first, a page at a time (limit, offset) */
        get: operations["PublicityController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One notice with its objections and its history (staff who may read its village, or a resident of it) */
        get: operations["PublicityController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notices/{id}/objections": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Object to an entry under notice (异议): a resident of its village for its household, or staff on a household's behalf; the entry is held until a reviewer decides */
        post: operations["PublicityController_object"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-channels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The county's channels (secrets are never shown) */
        get: operations["NotificationsController_channels"];
        put?: never;
        /** Connect a channel: a webhook signed the Standard Webhooks way (your SMS gateway or WeChat service account), or Tencent Cloud SMS. Messages written from now on go through it */
        post: operations["NotificationsController_createChannel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/notification-channels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change a channel's name, quiet hours, daily limit, SMS templates, or switch it off and on */
        patch: operations["NotificationsController_updateChannel"];
        trace?: never;
    };
    "/api/v1/notification-phones/{householdId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household's number for SMS, masked */
        get: operations["NotificationsController_contact"];
        /** Record the mobile number a household agreed to be texted at (sealed; shown masked) */
        put: operations["NotificationsController_setContact"];
        post?: never;
        /** Forget the number (the household withdrew its consent): no more SMS; the inbox stays */
        delete: operations["NotificationsController_removeContact"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/objections/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Uphold an objection (the entry is void, its cap given back) or dismiss it (the entry posts at its deadline, or at once if that has passed); by a reviewer other than the approver */
        post: operations["PublicityController_decide"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Programs of your county (a resident: of its household's county) */
        get: operations["ProgramsController_list"];
        put?: never;
        /** Create a points program (积分方案) for your county */
        post: operations["ProgramsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One program */
        get: operations["ProgramsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change ranking, public board, honour and schedule settings of a program */
        patch: operations["ProgramsController_update"];
        trace?: never;
    };
    "/api/v1/programs/{id}/awards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Award points by a positive rule to up to 1,000 holders (by id, or every household matching a filter): one transaction each, all or nothing; caps cut what exceeds them */
        post: operations["AwardsController_award"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/deductions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Deduct points by a negative rule from up to 1,000 holders, with a reason; stops at zero unless the program allows negative balances */
        post: operations["AwardsController_deduct"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/expiry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Set when earned points expire (积分清零): never, N months after the deed, or on a day each year with an optional carry-over; points already earned follow it at once */
        put: operations["LedgerController_setExpiry"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/holders/{holderId}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Balance, base points, redeemable points and points earned this period (a resident: its own household) */
        get: operations["LedgerViewsController_balance"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/holders/{holderId}/caps/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is left of a rule's cap for a holder in the period of a day (a resident: its own household): what a claim or an entry would be granted before it is filed */
        get: operations["LedgerViewsController_capUsage"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/holders/{holderId}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statement of a holder, newest first, with rule, memo, operator and balance after each line (a resident: its own household) */
        get: operations["LedgerViewsController_statement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/holders/{holderId}/statement/proofs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proofs that statement lines are in the county's latest signed tree head: each line's leaf text and audit path, for the door page to check in the browser */
        get: operations["LedgerViewsController_statementProofs"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/periods": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Closed periods of a program */
        get: operations["ProgramsController_closures"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/periods/{period}/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close an ended period (e.g. 2026-Q3): it accepts no new entries, so its rankings never change */
        post: operations["PeriodsController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Rules of a program, or those in force in one region */
        get: operations["ProgramsController_listRules"];
        put?: never;
        /** Add a rule (积分标准): county-wide (county admin) or for one region of your subtree */
        post: operations["ProgramsController_createRule"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/rules/{ruleId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One rule with all its versions */
        get: operations["ProgramsController_getRule"];
        /** Change a rule: makes a new version from effectiveFrom on; earlier entries keep theirs */
        put: operations["ProgramsController_updateRule"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/rules/{ruleId}/exclusions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Switch a county rule off for a region of your subtree (a village narrowing the set) */
        post: operations["ProgramsController_exclude"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/rules/{ruleId}/exclusions/{regionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Switch a county rule back on for a region */
        delete: operations["ProgramsController_include"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/rules/{ruleId}/versions/{version}/adoption": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record that the villagers’ assembly (村民大会) or representatives’ meeting (村民代表会议) adopted a rule version
         * @description One record per version, never changed. Where the program requires adoption (`requireRuleAdoption`), the version is used for awards, deductions and claims only once its record exists.
         */
        post: operations["AdoptionsController_record"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/programs/{id}/rules/{ruleId}/versions/{version}/adoption/minutes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The minutes of the meeting that adopted a rule version, as uploaded */
        get: operations["AdoptionsController_minutes"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/announcements/{id}/photos/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Photo n (from 1) of an announcement shown today */
        get: operations["AnnouncementsController_photo"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/announcements/{id}/photos/{n}/thumbnail": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Thumbnail of photo n of an announcement shown today */
        get: operations["AnnouncementsController_thumbnail"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/announcements/{regionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Announcements shown today in a region (no login): its own and those of the regions above it, newest first */
        get: operations["AnnouncementsController_current"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/boards/{regionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public board (no login): published rankings and honour lists of a region, names masked as the program says */
        get: operations["BoardsController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/households/{cardCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A household door page (一户一码, no login): points, place in the village this period, honours, entries under notice; a masked name and nothing else personal */
        get: operations["DoorsController_page"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/notices/{regionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The public notice board (公示栏) of a village (or of everything under a township): entries under notice, names masked; no login */
        get: operations["PublicityController_board"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/proofs/consistency": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** That an earlier tree head is a prefix of a later one (RFC 9162 consistency proof): history was only appended to */
        get: operations["TransparencyController_consistency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/proofs/inclusion": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** That a leaf is in a published tree head (RFC 9162 audit path); the leaf by index, or by kind and row id */
        get: operations["TransparencyController_inclusion"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Villages and townships by name (no login): where a resident finds their board; at most 20, villages first */
        get: operations["PublicRegionsController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/public/tree-heads/{countyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A county's signed tree heads (no login): the latest, the history newest first, and the keys that sign them */
        get: operations["TransparencyController_treeHeads"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rankings/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Ranking runs of your county, newest first */
        get: operations["RankingsController_list"];
        put?: never;
        /** Queue a ranking run of a program over a region subtree for a period */
        post: operations["RankingsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rankings/runs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run with its status and progress */
        get: operations["RankingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rankings/runs/{id}/entries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Entries of a run with rank, score and its components */
        get: operations["RankingsController_entries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rankings/runs/{id}/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run as CSV */
        get: operations["RankingsController_csv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rankings/runs/{id}/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A run as an Excel workbook */
        get: operations["RankingsController_xlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rankings/runs/{id}/honours": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Household honours of a village: 道德冠军, the honour list and, where published, deductions */
        get: operations["BoardsController_honours"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/rankings/runs/{id}/publish": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Publish a completed run of closed periods: it becomes immutable and shows on public boards */
        post: operations["RankingsController_publish"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One redemption with its lines and refunds */
        get: operations["RedemptionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/redemptions/{id}/refund": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refund a redemption, whole or by line, within the refund window; each unit once (a kiosk: today's receipts of its store) */
        post: operations["RedemptionsController_refundOne"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Children of a region (or your own region without parentId) */
        get: operations["RegionsController_list"];
        put?: never;
        /** Create a township, village or grid under a region of your subtree */
        post: operations["RegionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/regions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One region of your subtree or one of its ancestors */
        get: operations["RegionsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/expiring": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Points expiring per village and month, for the months ahead (JSON, CSV or xlsx) */
        get: operations["ReportsController_expiringReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/ledger-book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** 台账: one household's year with rule categories, members, running balance and totals per category (JSON, CSV, or xlsx laid out for one A4 page) */
        get: operations["LedgerBookController_ledgerBook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/liability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outstanding redeemable points and their value per village, against goods in stock by funding source and settlements (JSON, CSV or xlsx) */
        get: operations["ReportsController_liabilityReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/participation": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Share of households with an entry in a period, per village or per grid (网格), against the period before (JSON, CSV or xlsx) */
        get: operations["ReportsController_participationReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redemptions by store and month over your region: count, points, value in fen, refunds, net (JSON, CSV or xlsx) */
        get: operations["ReportsController_redemptionsReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/reports/staff-activity": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Awards and deductions per staff user and rule, their concentration and entries to their own household, outliers first (JSON, CSV or xlsx) */
        get: operations["ReportsController_staffActivityReport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/resident-pins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Give a household a new PIN for resident log-in (card code + PIN); answered once, to print
         * @description Resets any earlier PIN and ends the sessions made with it. Only the hash is stored; the PIN cannot be read back.
         */
        post: operations["ResidentPinsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stores of your subtree, by name or code if searched */
        get: operations["StoresController_list"];
        put?: never;
        /** Register a love supermarket in a region of your subtree */
        post: operations["StoresController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One store (a kiosk may read its own) */
        get: operations["StoresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename a store, tie it to a program or change its refund window */
        patch: operations["StoresController_update"];
        trace?: never;
    };
    "/api/v1/stores/{id}/devices": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiosks of a store, oldest first, by name if searched, a page at a time (keys are never shown again) */
        get: operations["StoresController_listDevices"];
        put?: never;
        /** Register a kiosk; the response holds its API key, shown only once */
        post: operations["StoresController_createDevice"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/devices/{deviceId}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a kiosk key; it stops working at once */
        post: operations["StoresController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/households/by-card/{cardCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kiosk lookup: masked head name, redeemable points and what is left of each limited item */
        get: operations["KioskController_lookup"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Goods of a store with price, stock and limits, by sku; searched by sku or name, a page at a time if asked */
        get: operations["ItemsController_list"];
        put?: never;
        /** Add goods (or a fee offset) with a points price, stock and optional per-household limit */
        post: operations["ItemsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/items/{sku}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change name, price, limit or offer of an item */
        patch: operations["ItemsController_update"];
        trace?: never;
    };
    "/api/v1/stores/{id}/items/{sku}/stock-movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock movements of an item, newest first, a page at a time */
        get: operations["ItemsController_movements"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/redemptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Redemptions of a store, newest first: in a time range, by receipt number or searched, a page at a time */
        get: operations["RedemptionsController_list"];
        put?: never;
        /** Redeem points for goods: by household id or card code, several lines; all or nothing */
        post: operations["RedemptionsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/reports/day": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store's day: redemptions, refunds, points, value in fen and items (JSON, CSV or xlsx) */
        get: operations["RedemptionsController_day"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/reports/month": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store's month, day by day: redemptions, refunds, points and value in fen, and the goods (JSON, CSV or xlsx) */
        get: operations["StoreExportsController_month"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/reports/stock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock levels of a store with low-stock flags (JSON or CSV) */
        get: operations["RedemptionsController_stock"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/settlements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Settlement report of a store, newest first, a page at a time if asked */
        get: operations["RedemptionsController_settlements"];
        put?: never;
        /** Settle what the store redeemed and has not been settled: points and value in fen to reimburse */
        post: operations["RedemptionsController_settleStore"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/settlements/export.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store's settlements as CSV, newest first */
        get: operations["StoreExportsController_settlementsCsv"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/settlements/export.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store's settlements as an Excel workbook, newest first */
        get: operations["StoreExportsController_settlementsXlsx"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{id}/stock-movements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Restock (with funding source) or adjust stock (with reason); stock never goes below zero */
        post: operations["ItemsController_move"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/transactions/{id}/reversal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reverse an award or deduction, once; a closed period is corrected in the open one, marked late */
        post: operations["AwardsController_reverse"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Staff users of your subtree, searched by username or display name and filtered by role and region */
        get: operations["UsersController_list"];
        put?: never;
        /** Create a staff user with one role in a region of your subtree */
        post: operations["UsersController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One staff user of your subtree */
        get: operations["UsersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Rename, reset the password of, or disable a user of your subtree */
        patch: operations["UsersController_update"];
        trace?: never;
    };
    "/api/v1/users/{id}/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The conflict-of-interest declaration of a staff user of your subtree */
        get: operations["StaffDeclarationsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/{id}/household": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household a staff user lives in, if declared or recorded */
        get: operations["StaffHouseholdsController_get"];
        /** Record the household a staff user lives in (or null: none) in the user's declaration: that user may then not approve, award or deduct for it; the user still declares themselves */
        put: operations["StaffHouseholdsController_set"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/users/me/declaration": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your conflict-of-interest declaration */
        get: operations["StaffDeclarationsController_mine"];
        /** Declare the household you live in (or none of the county's) and your related households (亲属户), before your first entry or review; a new declaration replaces the last (both are kept) */
        put: operations["StaffDeclarationsController_declare"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Database and queue status; 503 when one is down */
        get: operations["HealthController_check"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
};
export type webhooks = Record<string, never>;
export type components = {
    schemas: {
        AdoptedRuleView: {
            /** @description Those present */
            attended: number;
            /**
             * @description Cap period
             * @enum {string|null}
             */
            capPer: "month" | "quarter" | "year" | null;
            /** @description Cap per household and period */
            capPoints: number | null;
            /** @description Category */
            category: string;
            /** @description Rule code */
            code: string;
            /** @description Those entitled to attend */
            entitled: number;
            /**
             * @description `assembly` (村民大会) or `representatives` (村民代表会议)
             * @enum {string}
             */
            meeting: "assembly" | "representatives";
            /** @description Day of the meeting that adopted it */
            meetingOn: string;
            /** @description Name (the version in force) */
            name: string;
            /** @description Signed points */
            points: number;
            /** @description Program id */
            programId: number;
            /** @description Program name */
            programName: string;
            /** @description Resolution number (决议编号) */
            resolutionNo: string;
            /** @description Version in force */
            version: number;
        };
        AdoptionView: {
            /** @description Those present */
            attended: number;
            /** @description Those entitled to attend */
            entitled: number;
            /**
             * @description `assembly` (村民大会) or `representatives` (村民代表会议)
             * @enum {string}
             */
            meeting: "assembly" | "representatives";
            /** @description Day of the meeting */
            meetingOn: string;
            /** @description The minutes (download: …/adoption/minutes) */
            minutes: components["schemas"]["MinutesView"];
            /**
             * Format: date-time
             * @description When it was recorded
             */
            recordedAt: string;
            /** @description Who recorded it (user id) */
            recordedBy: number;
            /** @description Resolution number (决议编号) */
            resolutionNo: string;
            /** @description Rule id */
            ruleId: number;
            /** @description Version number of the rule adopted */
            version: number;
        };
        AllocationView: {
            /** @description Amount in fen */
            amountFen: number;
            /** @description Village code */
            holderCode: string;
            /** @description Village id */
            holderId: number;
            /** @description Village name */
            holderName: string;
            /** @description Rank in the run */
            rank: number;
            /** @description Score in the run */
            score: number;
        };
        AnnouncementPhotoView: {
            /** @description Its thumbnail */
            thumbnailUrl: string;
            /** @description The photo, public while the announcement is shown */
            url: string;
        };
        AnnouncementPublisherView: {
            /** @description Their name */
            displayName: string;
            /** @description Staff user id */
            id: number;
            /** @description Their role */
            role: string;
        };
        AnnouncementView: {
            /** @description Text (line breaks kept) */
            body: string;
            /** @description First day shown */
            from: string;
            /** @description Announcement id */
            id: number;
            /** @description True when you may withdraw it: published in your area and not withdrawn (one published above it shows here too, for you to see) */
            mayWithdraw: boolean;
            /** @description Evidence ids of the photos */
            photoIds: number[];
            /** @description Its photos, in order */
            photos: components["schemas"]["AnnouncementPhotoView"][];
            /**
             * Format: date-time
             * @description When it was published
             */
            publishedAt: string;
            /** @description Who published it */
            publishedBy: components["schemas"]["AnnouncementPublisherView"];
            /** @description The region it was published to */
            regionId: number;
            /** @description The region's name (the village, or the township or county above it) */
            regionName: string;
            /**
             * @description scheduled (not yet shown), current, ended or withdrawn, today in China time
             * @enum {string}
             */
            state: "scheduled" | "current" | "ended" | "withdrawn";
            /** @description Title */
            title: string;
            /** @description Last day shown */
            until: string;
            /**
             * Format: date-time
             * @description When it was taken down
             */
            withdrawnAt: string | null;
            /** @description Who withdrew it */
            withdrawnBy: components["schemas"]["AnnouncementPublisherView"] | null;
            /** @description Why it was taken down */
            withdrawReason: string | null;
        };
        AuditEntryView: {
            /** @description Method and route, e.g. POST /api/v1/households */
            action: string;
            /** @description Display name of a staff user actor (as it is now); null for others */
            actorDisplayName: string | null;
            /** @description User or device id */
            actorId: number | null;
            /** @description Username, device name, or the username tried at login */
            actorName: string | null;
            /** @description Region of the actor */
            actorRegionId: number | null;
            /**
             * @description Role of a staff user actor; null for devices, residents, anonymous callers and alarms
             * @enum {string|null}
             */
            actorRole: "county_admin" | "township_officer" | "village_clerk" | "reviewer" | "store_operator" | "auditor" | "platform_operator" | null;
            /** @description user, device, resident, anonymous, or system (a security alarm: action `ALARM pin_guessing`) */
            actorType: string;
            /**
             * Format: date-time
             * @description When
             */
            at: string;
            /** @description Error code of a failure */
            errorCode: string | null;
            /** @description Entry id (a string: 64-bit) */
            id: string;
            /** @description Client address */
            ip: string | null;
            /** @description success or failure */
            outcome: string;
            /** @description The requested URL */
            path: string;
            /** @description Request id (also in the logs) */
            requestId: string | null;
            /** @description Id of the created or changed resource */
            resourceId: string | null;
            /** @description HTTP status */
            status: number;
        };
        BalanceMismatchView: {
            /** @description Account id */
            accountId: string;
            /** @description Balance kept in the account row */
            balance: number;
            /** @description Holder id */
            holderId: number;
            /** @description Sum of the account's postings */
            postingsSum: number;
        };
        BalanceResponse: {
            /** @description Current balance in points */
            balance: number;
            /** @description Base points of the program (never redeemable) */
            basePoints: number;
            /** @description Awards minus deductions (reversals included) booked in the current period */
            earnedThisPeriod: number;
            /** @description The soonest expiry of earned points within the next 90 days (spends take the soonest-expiring points first); null when none expire that soon */
            expiring: components["schemas"]["ExpiringView"] | null;
            /** @description Holder id (household, village or staff user by the program) */
            holderId: number;
            /** @description The level (星级) reached by points earned in the program's level period; null when the program has no levels or the holder is below the first */
            level: components["schemas"]["HolderLevelView"] | null;
            /** @description Whether the account exists yet (it opens, at the base points, with the first entry) */
            opened: boolean;
            /** @description Signed points under public notice (公示): they post when the notice period ends without an upheld objection; not redeemable, not ranked */
            pending: number;
            /** @description The current period, e.g. 2026-Q4 */
            period: string;
            /** @description Program id */
            programId: number;
            /** @description Points that may be redeemed: balance above base, never below 0 */
            redeemable: number;
            /**
             * @description Last day redemption is suspended by a sanction (取消兑换资格); null when it is not
             * @example 2027-12-31
             */
            suspendedUntil: string | null;
        };
        BalanceView: {
            /** @description Current balance in points */
            balance: number;
            /** @description Base points of the program (not redeemable) */
            basePoints: number;
            /** @description Points program id */
            programId: number;
            /** @description Points that may be redeemed */
            redeemable: number;
        };
        BoardProgramView: {
            /** @description Program code */
            code: string;
            /**
             * @description Who holds points
             * @enum {string}
             */
            holderType: "household" | "village" | "staff";
            /** @description Program id */
            id: number;
            /** @description Program name */
            name: string;
        };
        BoardRankingView: {
            /** @description The first 100 holders in the region, in list order, ranked among the region's holders */
            entries: components["schemas"]["PublicEntryView"][];
            /** @description Household runs: honours of up to 50 villages of the region; empty otherwise */
            honours: components["schemas"]["VillageHonoursView"][];
            /** @description The levels the run is read with; null when it has none */
            levels: components["schemas"]["LevelDto"][] | null;
            /** @description Period */
            period: string;
            /** @description Its program */
            program: components["schemas"]["BoardProgramView"];
            /**
             * Format: date-time
             * @description When it was published
             */
            publishedAt: string | null;
            /** @description Published run */
            runId: string;
            /**
             * @description `household`: the program's holders; `member`: household members
             * @enum {string}
             */
            subject: "household" | "member";
            /**
             * @description What its honours are called: `champion` (道德冠军, households by period), `model_family` (最美家庭, households by year), `model_resident` (最美居民, members); null for village and staff programs
             * @enum {string|null}
             */
            title: "champion" | "model_family" | "model_resident" | null;
            /** @description Version of the published result */
            version: number;
        };
        BoardRegionView: {
            /** @description Code */
            code: string;
            /** @description Region id */
            id: number;
            /**
             * @description Level
             * @enum {string}
             */
            level: "county" | "township" | "village" | "grid";
            /** @description Name */
            name: string;
        };
        BoardView: {
            /** @description The period shown (the asked one, or the latest published); null when nothing is published */
            period: string | null;
            /**
             * @description Every period with a published ranking covering the region, the latest first (for a period picker)
             * @example [
             *       "2026-11",
             *       "2026-Q3",
             *       "2026-10"
             *     ]
             */
            periods: string[];
            /** @description Published runs of that period covering the region */
            rankings: components["schemas"]["BoardRankingView"][];
            /** @description The region asked for */
            region: components["schemas"]["BoardRegionView"];
            /** @description The household rules in force in the region whose version in force was adopted by the villagers’ assembly or representatives’ meeting (at most 200): awards first, then deductions, by category */
            rules: components["schemas"]["AdoptedRuleView"][];
            /** @description The county log's latest signed tree head (docs/transparency.md): the board shows its fingerprint and a QR code of where to fetch it; null before the first */
            treeHead: components["schemas"]["TreeHeadResponse"] | null;
        };
        CapDto: {
            /**
             * @description Cap period
             * @enum {string}
             */
            per: "month" | "quarter" | "year";
            /**
             * @description Most points one holder may earn from the rule per period
             * @example 20
             */
            points: number;
        };
        CapUsageView: {
            /** @description Its period: month, quarter or year */
            capPer: string | null;
            /** @description The rule's cap per holder and period (null: no cap) */
            capPoints: number | null;
            /** @description The cap's period of that day, e.g. 2026-Q4 */
            periodKey: string | null;
            /** @description The rule's points (what an entry asks for) */
            points: number;
            /** @description What is left of the cap (null without a cap) */
            remaining: number | null;
            /** @description Rule id */
            ruleId: number;
            /** @description Points already granted, or reserved by entries under notice, in that period */
            used: number;
            /** @description What an entry of the rule would be granted now: 0 when the cap is used up (then it would not be posted or put on notice) */
            wouldGrant: number;
        };
        ChannelView: {
            /**
             * Format: date-time
             * @description When it was connected (messages written since go through it)
             */
            createdAt: string;
            /** @description At most this many messages to one household a day */
            dailyLimit: number;
            /** @description False: it delivers nothing more */
            enabled: boolean;
            /** @description Channel id */
            id: number;
            /**
             * @description webhook or tencent_sms
             * @enum {string}
             */
            kind: "webhook" | "tencent_sms";
            /** @description Name for people */
            name: string;
            /** @description No messages go out between these times (China time); null: none */
            quietHours: components["schemas"]["QuietHoursDto"] | null;
            /** @description webhook, on creation only: the signing secret (whsec_…), shown once; verify our signatures with it */
            secret?: string;
            /** @description Where and how (no secrets): url; or endpoint, region, sdkAppId, signName, secretId, templates */
            settings: {
                [key: string]: unknown;
            };
        };
        ClaimDetailView: {
            /** @description The claim */
            claim: components["schemas"]["ClaimView"];
            /** @description Every state change, oldest first */
            history: components["schemas"]["HistoryEventView"][];
        };
        ClaimView: {
            /** @description Its period: month, quarter or year */
            capPer: string | null;
            /** @description The rule's cap per household and period, if any */
            capPoints: number | null;
            /**
             * Format: date-time
             * @description When it was filed
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was decided
             */
            decidedAt: string | null;
            /** @description An earlier claim of the same deed (same household, rule, member and day), not rejected: the reviewer looks at both before approving; the resident is told on filing */
            duplicateOf: string | null;
            /** @description Photos (GET /api/v1/evidence/{id}/thumbnail) */
            evidenceIds: number[];
            /** @description Household id (a resident) or user id */
            filedById: number;
            /**
             * @description resident or user
             * @enum {string}
             */
            filedByType: "resident" | "user";
            /** @description First reviewer when a second one is needed */
            firstReviewer: number | null;
            /** @description Points granted on approval, after the rule's cap: less than `points` when the cap cut it, 0 when the cap was used up (then nothing goes on notice or posts); null until approved */
            grantedPoints: number | null;
            /** @description Head of household */
            headName: string;
            /** @description Household id */
            householdId: number;
            /** @description Household number */
            householdNo: string;
            /** @description Claim id */
            id: string;
            /** @description Member who did the deed */
            memberId: number | null;
            /** @description Member name */
            memberName: string | null;
            /** @description What was done */
            memo: string | null;
            /**
             * Format: date-time
             * @description End of its notice period
             */
            noticeDeadline: string | null;
            /** @description The notice it went on (公示) */
            noticeId: string | null;
            /** @description State of that notice: noticed, held, posted or voided */
            noticeStatus: string | null;
            /** @description Day of the deed */
            occurredOn: string;
            /** @description Points the rule gives (what the claim asks for) */
            points: number;
            /** @description Program id */
            programId: number;
            /** @description Program name */
            programName: string;
            /** @description Who approved or rejected it */
            reviewer: number | null;
            /** @description Reason of a rejection, or the reviewer's note */
            reviewReason: string | null;
            /** @description Rule category */
            ruleCategory: string;
            /** @description Rule code */
            ruleCode: string;
            /** @description Rule id */
            ruleId: number;
            /** @description Rule name */
            ruleName: string;
            /** @description Rule version in force on the day of the deed */
            ruleVersionId: number;
            /**
             * @description submitted, seconding (needs a second reviewer), approved or rejected
             * @enum {string}
             */
            status: "submitted" | "seconding" | "approved" | "rejected";
            /** @description The transaction it posted, on a program without a notice period */
            transactionId: string | null;
            /** @description Village id */
            villageId: number;
            /** @description Village name */
            villageName: string;
        };
        ClientSecretView: {
            /**
             * Format: date-time
             * @description When it was issued
             */
            createdAt: string;
            /** @description Secret id */
            id: number;
            /**
             * Format: date-time
             * @description When it was revoked; null: it signs
             */
            revokedAt: string | null;
        };
        ClientView: {
            /**
             * Format: date-time
             * @description When it was made
             */
            createdAt: string;
            /** @description Event types it may send */
            eventTypes: string[];
            /** @description Client id */
            id: number;
            /** @description Sent with every request as `X-Client-Id` */
            keyId: string;
            /**
             * Format: date-time
             * @description Its last accepted request
             */
            lastUsedAt: string | null;
            /** @description The outside system */
            name: string;
            /** @description The region whose households it may send events about */
            regionId: number;
            /**
             * Format: date-time
             * @description When it was revoked; null: active
             */
            revokedAt: string | null;
            /** @description Its secrets (never the secrets themselves) */
            secrets: components["schemas"]["ClientSecretView"][];
            /** @description Its staff account: entries and claims it makes are recorded under it */
            userId: number;
        };
        ConsistencyResponse: {
            /** @description The county */
            countyId: number;
            /** @description Earlier size */
            from: number;
            /** @description Consistency proof, hex (RFC 9162 §2.1.4) */
            proof: string[];
            /** @description Later size */
            to: number;
        };
        ContactDto: {
            /**
             * @description Mainland mobile number the household agreed to be texted at
             * @example 13812345678
             */
            phone: string;
        };
        ContactView: {
            /** @description The household */
            householdId: number;
            /** @description e.g. 138****5678 */
            phoneMasked: string;
            /**
             * Format: date-time
             * @description When the number was recorded
             */
            setAt: string;
        };
        CounterExpiringView: {
            /** @description The first day they are expired (YYYY-MM-DD) */
            on: string;
            /** @description Points that expire on that day unless spent first */
            points: number;
        };
        CounterHouseholdView: {
            /** @description Card code */
            cardCode: string;
            /** @description Head of household, masked (张*三) */
            headNameMasked: string;
            /** @description Household number */
            householdNo: string;
            /** @description Household id */
            id: number;
        };
        CountyKeyResponse: {
            /**
             * Format: date-time
             * @description When it was made
             */
            createdAt: string;
            /** @description Key id: first 16 hex digits of SHA-256 of the public key */
            keyId: string;
            /** @description Ed25519 public key, 32 raw bytes in base64 */
            publicKey: string;
            /**
             * Format: date-time
             * @description When a newer key replaced it (its heads stay valid)
             */
            retiredAt: string | null;
        };
        CreateAnnouncementDto: {
            /**
             * @description Text, up to 2,000 characters; line breaks are kept
             * @example 12月10日上午9点在村委会集合，每户出一人参加。
             */
            body: string;
            /**
             * @description First day shown (China time)
             * @example 2026-12-06
             */
            from: string;
            /** @description Evidence ids of photos (POST /evidence), in order, at most 6; they become public */
            photoIds?: number[];
            /** @description Where it is shown: a village, or a township or county (then on every village's page below it) */
            regionId: number;
            /**
             * @description Title, up to 60 characters
             * @example 关于开展冬季环境卫生整治的通知
             */
            title: string;
            /**
             * @description Last day shown, at most 366 days after the first
             * @example 2026-12-20
             */
            until: string;
        };
        CreateChannelDto: {
            /** @description At most this many messages to one household a day (default 5); the rest wait for the next day */
            dailyLimit?: number;
            /**
             * @description webhook: a signed POST to your gateway; tencent_sms: Tencent Cloud SMS
             * @enum {string}
             */
            kind: "webhook" | "tencent_sms";
            /**
             * @description A name for people
             * @example 县短信网关
             */
            name: string;
            /** @description No messages go out between these times (default 21:30 to 07:30); null: none */
            quietHours?: components["schemas"]["QuietHoursDto"] | null;
            /** @description tencent_sms: the account and templates */
            tencent?: components["schemas"]["TencentSettingsDto"];
            /**
             * @description webhook: where to POST (https in production)
             * @example https://gateway.example.gov.cn/moral-bank
             */
            url?: string;
        };
        CreateClientDto: {
            /**
             * @description Event types it may send (lower case, digits, . _ -)
             * @example [
             *       "patrol.completed",
             *       "sanitation.inspected"
             *     ]
             */
            eventTypes: string[];
            /**
             * @description The outside system, for people
             * @example 太原市网格化管理平台
             */
            name: string;
            /** @description The region whose households it may send events about (its subtree) */
            regionId: number;
        };
        CreatedDeviceView: {
            /** @description The API key for the `X-Api-Key` header. Shown only in this response; store it on the kiosk. */
            apiKey: string;
            /**
             * Format: date-time
             * @description When it was created
             */
            createdAt: string;
            /** @description Device id */
            id: number;
            /**
             * Format: date-time
             * @description Last request made with its key (to the minute)
             */
            lastUsedAt: string | null;
            /** @description Name */
            name: string;
            /**
             * Format: date-time
             * @description When its key was revoked; null while active
             */
            revokedAt: string | null;
            /** @description Store the kiosk belongs to */
            storeId: number;
        };
        CreateDeviceDto: {
            /**
             * @description Name of the kiosk, e.g. where it stands
             * @example 收银台1
             */
            name: string;
        };
        CreateHouseholdDto: {
            /** @description Address */
            address?: string;
            /** @description The grid (网格 / 村民小组) of the village the household belongs to */
            gridId?: number;
            /**
             * @description Name of the head of household (户主)
             * @example 扎西多吉
             */
            headName: string;
            /**
             * @description Household number (户号), unique within the village
             * @example 0012
             */
            householdNo: string;
            /** @description Family members */
            members?: components["schemas"]["MemberInput"][];
            /**
             * @description Contact phone; stored only masked and hashed
             * @example 13812345678
             */
            phone?: string;
            /** @description The village or community the household belongs to */
            villageId: number;
        };
        CreateItemDto: {
            /**
             * @description Whether it can be redeemed now
             * @default true
             */
            active: boolean;
            /** @description Per-household limit per period */
            limit?: components["schemas"]["ItemLimitDto"];
            /**
             * @description Stock at or below this is reported as low
             * @default 5
             */
            lowStockAt: number;
            /**
             * @description Name
             * @example 食用油 5L
             */
            name: string;
            /**
             * @description Price in points
             * @example 85
             */
            pointsPrice: number;
            /**
             * @description Code of the item, unique in the store
             * @example OIL-5L
             */
            sku: string;
            /**
             * @description Units on the shelf now (recorded as the initial stock movement)
             * @example 20
             */
            stock: number;
            /**
             * @description False for a service such as a fee offset: no stock is counted
             * @default true
             */
            tracksStock: boolean;
        };
        CreatePlanDto: {
            /**
             * @description The bottom N villages are warned; bottom N twice in a row are escalated
             * @example 20
             */
            bottomN: number;
            /**
             * @description Budget in fen, a whole number of yuan (10,000,000 yuan = 1000000000)
             * @example 1000000000
             */
            budgetFen: number;
            /** @description Most a village gets, in fen */
            maxFen?: number;
            /**
             * @description equal, proportional (to score) or tiered (by rank)
             * @enum {string}
             */
            method: "equal" | "proportional" | "tiered";
            /** @description Least a village gets, in fen */
            minFen?: number;
            /** @description A published village ranking run */
            runId: string;
            /** @description Tiers for method tiered */
            tiers?: components["schemas"]["TierDto"][];
            /**
             * @description Villages ranked this high or better share the budget (ties at the cut-off all included)
             * @example 100
             */
            topN: number;
        };
        CreateProgramDto: {
            /**
             * @description Whether deductions may take a balance below zero; otherwise they stop at zero
             * @default false
             */
            allowNegative: boolean;
            /**
             * @description Points every holder starts with (opening entry); never redeemable
             * @example 100
             */
            basePoints: number;
            /**
             * @description Unique program code
             * @example household-conduct
             */
            code: string;
            /**
             * @description Who holds points: households, villages (积分换项目 assessment) or staff (grid workers)
             * @enum {string}
             */
            holderType: "household" | "village" | "staff";
            /**
             * @description Name
             * @example 道德积分
             */
            name: string;
            /**
             * @description Ranking and closing period
             * @default quarter
             * @enum {string}
             */
            periodKind: "quarter" | "month";
            /**
             * @description Value of one point in fen (100 = 1 yuan)
             * @example 100
             */
            pointValueFen: number;
            /** @description The county the program belongs to */
            regionId: number;
            /**
             * @description IANA timezone in which deeds are dated
             * @default Asia/Shanghai
             */
            timezone: string;
        };
        CreateRegionDto: {
            /**
             * @description Unique code, e.g. the statistical division code (统计用区划代码)
             * @example 513334101001
             */
            code: string;
            /**
             * @description Level in the tree
             * @enum {string}
             */
            level: "county" | "township" | "village" | "grid";
            /**
             * @description Name of the region
             * @example 上木拉乡
             */
            name: string;
            /** @description Parent region: a county for a township, a township for a village, a village for a grid */
            parentId: number;
        };
        CreateRuleDto: {
            /** @description Cap per holder per period (达到最高分值后不再累加) */
            cap?: components["schemas"]["CapDto"];
            /**
             * @description Category
             * @example 勤劳致富
             */
            category: string;
            /**
             * @description Code, unique in the program
             * @example WRK-01
             */
            code: string;
            /**
             * @description First day the rule applies (default: today in the program timezone)
             * @example 2026-01-01
             */
            effectiveFrom?: string;
            /**
             * @description What the rule rewards or punishes
             * @example 义务投工投劳（每次）
             */
            name: string;
            /**
             * @description Signed points: positive for awards, negative for deductions
             * @example 5
             */
            points: number;
            /** @description Only for holders in this region's subtree (a village's own rule); default the whole county */
            regionId?: number;
            /** @description Deduction rules only: a sanction the deduction carries until it is reversed */
            sanction?: components["schemas"]["SanctionDto"];
        };
        CreateRunDto: {
            /**
             * @description Period of the program (2026-Q3, 2026-07) or a year (2026) for yearly honours
             * @example 2026-Q3
             */
            period: string;
            /** @description Program ranked */
            programId: number;
            /** @description Required when a run of this program, region and period is already published */
            reason?: string;
            /** @description Region whose subtree is ranked (e.g. the county for its villages) */
            regionId: number;
            /**
             * @description `household` (default): the program's holders; `member`: household members by the entries naming them (最美居民), household programs only
             * @default household
             * @enum {string}
             */
            subject: "household" | "member";
        };
        CreateStoreDto: {
            /**
             * @description Unique store code used in receipt numbers; generated (S0001, …) when left out
             * @example SML-01
             */
            code?: string;
            /**
             * @description Name of the love supermarket
             * @example 上木拉乡爱心超市
             */
            name: string;
            /** @description The household points program spent here (needed before the first redemption) */
            programId?: number;
            /**
             * @description Days after a redemption during which goods may be brought back
             * @default 7
             */
            refundWindowDays: number;
            /** @description Region whose households may redeem here */
            regionId: number;
        };
        CreateUserDto: {
            /**
             * @description Name shown in the audit trail and statements
             * @example 张文书
             */
            displayName: string;
            /** @description Password, at least 8 characters */
            password: string;
            /** @description The region whose subtree the user acts in */
            regionId: number;
            /**
             * @description The one role of the user
             * @enum {string}
             */
            role: "county_admin" | "township_officer" | "village_clerk" | "reviewer" | "store_operator" | "auditor";
            /**
             * @description Login name: 3-64 letters, digits, dot, dash or underscore
             * @example zhang.clerk
             */
            username: string;
        };
        DayReportItemView: {
            /** @description Name */
            name: string;
            /** @description Points, redeemed minus refunded */
            points: number;
            /** @description Units redeemed */
            quantity: number;
            /** @description Units refunded */
            refundedQuantity: number;
            /** @description Item code */
            sku: string;
        };
        DayReportView: {
            /** @description Day (YYYY-MM-DD) in the program timezone */
            date: string;
            /** @description Per item */
            items: components["schemas"]["DayReportItemView"][];
            /** @description Redeemed minus refunded */
            netPoints: number;
            /** @description Fen per point */
            pointValueFen: number;
            /** @description Points redeemed */
            redeemedPoints: number;
            /** @description Redemptions that day */
            redemptions: number;
            /** @description Points refunded */
            refundedPoints: number;
            /** @description Refunds that day */
            refunds: number;
            /** @description Store id */
            storeId: number;
            /** @description Value of the net points in fen */
            valueFen: number;
        };
        DecidedNoticeView: {
            /** @description Notice id */
            id: string;
            /**
             * @description Its status now
             * @enum {string}
             */
            status: "noticed" | "held" | "posted" | "voided";
        };
        DecisionDto: {
            /** @description Why (kept in the history, shown to the village) */
            reason: string;
            /** @description true: the objection stands and the entry is void; false: dismissed, the entry posts at its deadline */
            uphold: boolean;
        };
        DecisionView: {
            /** @description The notice after the decision */
            notice: components["schemas"]["DecidedNoticeView"];
            /** @description Objection id */
            objectionId: string;
            /**
             * @description upheld or dismissed
             * @enum {string}
             */
            status: "upheld" | "dismissed";
        };
        DeclarationDto: {
            /** @description The household you live in; null: none of the county's households */
            householdId: number | null;
            /** @description Households of your relatives (亲属户) in the county, no repeats, at most 50; [] when none */
            relatedHouseholdIds: number[];
        };
        DeclarationView: {
            /**
             * Format: date-time
             * @description When the user last declared themselves; null: not yet, and then entries and reviews on programs that require it answer 403 `COI_UNDECLARED`
             */
            declaredAt: string | null;
            /** @description The household the user lives in; null: none of the county's (or not known) */
            householdId: number | null;
            /** @description The declaration that holds now (a new one with every change; earlier ones are kept); null when nothing is declared or recorded */
            id: number | null;
            /**
             * Format: date-time
             * @description When the declaration that holds was made
             */
            recordedAt: string | null;
            /** @description Who made the declaration that holds: the user, or a manager recording where the user lives (`PUT /users/{id}/household`) */
            recordedBy: number | null;
            /** @description Households of the user's relatives (亲属户), ascending */
            relatedHouseholdIds: number[];
            /** @description Staff user id */
            userId: number;
        };
        DeliveryView: {
            /** @description Tries so far */
            attempts: number;
            /** @description The channel */
            channelId: number;
            /** @description Why it waits or failed: a code (QUIET_HOURS, DAILY_LIMIT, NO_PHONE, HTTP_503, …) and a short text */
            lastError: string | null;
            /**
             * Format: date-time
             * @description When it is tried next (queued)
             */
            nextAttemptAt: string;
            /** @description The receiver's id for it (Tencent's SerialNo) */
            providerRef: string | null;
            /**
             * Format: date-time
             * @description When the receiver took it
             */
            sentAt: string | null;
            /**
             * @description queued (perhaps held for quiet hours, the daily limit or a retry), sent, or failed
             * @enum {string}
             */
            status: "queued" | "sent" | "failed";
        };
        DeviceSessionView: {
            /** @description The kiosk whose key made the request */
            device: components["schemas"]["SessionDeviceView"];
            /** @description Its store */
            store: components["schemas"]["SessionStoreView"];
        };
        DeviceView: {
            /**
             * Format: date-time
             * @description When it was created
             */
            createdAt: string;
            /** @description Device id */
            id: number;
            /**
             * Format: date-time
             * @description Last request made with its key (to the minute)
             */
            lastUsedAt: string | null;
            /** @description Name */
            name: string;
            /**
             * Format: date-time
             * @description When its key was revoked; null while active
             */
            revokedAt: string | null;
            /** @description Store the kiosk belongs to */
            storeId: number;
        };
        DismissEventDto: {
            /**
             * @description Why it will not count
             * @example 平台重复推送
             */
            reason: string;
        };
        DoorHonourView: {
            /**
             * @description `champion` (道德冠军: first in the village) or `honour_list` (荣誉榜)
             * @enum {string}
             */
            kind: "champion" | "honour_list";
            /** @description The member honoured (最美居民), masked; null for the household's own honours */
            memberName: string | null;
            /**
             * @description Period of the published ranking
             * @example 2026-Q3
             */
            period: string;
            /** @description Program id */
            programId: number;
            /** @description Program name */
            programName: string;
            /** @description Place in the village */
            rank: number;
            /**
             * @description What the honour is called: 道德冠军 (champion, a period), 最美家庭 (model_family, a year), 最美居民 (model_resident, a member)
             * @enum {string}
             */
            title: "champion" | "model_family" | "model_resident";
        };
        DoorHouseholdView: {
            /** @description Card code (from the door plate) */
            cardCode: string;
            /** @description Head of household, masked (张*三) */
            headNameMasked: string;
            /** @description Household number */
            householdNo: string;
            /** @description Village id (its board is /board/<id>) */
            villageId: number;
            /** @description Village name */
            villageName: string;
        };
        DoorPageView: {
            /** @description Honours from published rankings, newest period first */
            honours: components["schemas"]["DoorHonourView"][];
            /** @description The household (nothing personal beyond a masked name) */
            household: components["schemas"]["DoorHouseholdView"];
            /** @description Its entries under public notice (公示) */
            notices: components["schemas"]["PublicNoticeView"][];
            /** @description Its points in each household program of the county */
            programs: components["schemas"]["DoorProgramView"][];
        };
        DoorProgramView: {
            /** @description Balance */
            balance: number;
            /** @description Base points (not redeemable) */
            basePoints: number;
            /** @description Awards minus deductions this period */
            earnedThisPeriod: number;
            /** @description The soonest expiry of its points within 90 days (积分清零); null when none expire that soon */
            expiring: components["schemas"]["ExpiringView"] | null;
            /** @description Program id */
            id: number;
            /** @description The level (星级文明户) reached by points earned in the program's level period; null without levels or below the first */
            level: components["schemas"]["HolderLevelView"] | null;
            /** @description Program name */
            name: string;
            /** @description Signed points under public notice, not posted yet */
            pending: number;
            /**
             * @description The period now
             * @example 2026-Q4
             */
            period: string;
            /** @description Place in the village by points earned this period (ties share it); null before any points this period */
            rank: number | null;
            /** @description Households of the village */
            rankedHouseholds: number;
            /** @description Points that may be spent at the love supermarket */
            redeemable: number;
        };
        EntryComponentsView: {
            /** @description Awards of the period, net of their reversals */
            awards: number;
            /** @description Deductions of the period (negative), net of their reversals */
            deductions: number;
            /** @description Villages: share of households with an award in the period, and the points it adds */
            participation?: components["schemas"]["ParticipationView"];
            /** @description Points earned in the period: awards plus deductions, reversals included */
            points: number;
            /** @description Points moved by reversals in the period (already within awards and deductions) */
            reversals: number;
        };
        EntryResultView: {
            /** @description Balance after the entry; null while on notice */
            balanceAfter: number | null;
            /** @description True when a cap or the zero floor cut the entry */
            capped: boolean;
            /**
             * Format: date-time
             * @description End of the notice period
             */
            deadline: string | null;
            /** @description Holder id */
            holderId: number;
            /** @description The notice, while on notice */
            noticeId: string | null;
            /** @description Points applied, or to be applied after the notice (signed) */
            points: number;
            /** @description Points the rule asked for */
            requestedPoints: number;
            /**
             * @description `posted`; `noticed` on a program with a notice period (公示): it posts when the period ends without an upheld objection; `capped`: the rule's cap for this holder and period is used up, so nothing is posted or put on notice (points 0)
             * @enum {string}
             */
            status: "posted" | "noticed" | "capped";
            /** @description Transaction id (a string: 64-bit); null while on notice, or when capped */
            transactionId: string | null;
        };
        EntryView: {
            /** @description What the score is made of */
            components: components["schemas"]["EntryComponentsView"];
            /** @description Village (households) or township (villages) */
            groupId: number;
            /** @description Rank within the group */
            groupRank: number;
            /** @description Holder code (village code, household number, username; members: their household's) */
            holderCode: string;
            /** @description Holder id */
            holderId: number;
            /** @description Holder name (members: the member's name) */
            holderName: string;
            /** @description Member runs: the member's household; null otherwise */
            householdId: number | null;
            /** @description Order in the list: score, then holder code, then id */
            position: number;
            /** @description Rank; ties share it */
            rank: number;
            /** @description Run id */
            runId: string;
            /** @description Score: points earned in the period plus participation */
            score: number;
        };
        ErrorDetailDto: {
            /**
             * @description Stable upper-case code from the error catalogue; clients branch on it
             * @example INSUFFICIENT_POINTS
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "INVALID_PIN" | "INVALID_API_KEY" | "FORBIDDEN" | "OUT_OF_SCOPE" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "DUPLICATE_CODE" | "DUPLICATE_USERNAME" | "DUPLICATE_HOUSEHOLD_NO" | "ALREADY_ADOPTED" | "ALREADY_REVOKED" | "INVALID_REGION_PARENT" | "NOT_A_VILLAGE" | "ROLE_NOT_ASSIGNABLE" | "ROLE_REGION_MISMATCH" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "IMPORT_EMPTY" | "IMPORT_MISSING_COLUMNS" | "IMPORT_UNREADABLE" | "IMPORT_MALFORMED" | "IMPORT_TOO_LARGE" | "IMPORT_TIMED_OUT" | "MINUTES_NOT_A_DOCUMENT" | "EVIDENCE_NOT_AN_IMAGE" | "EVIDENCE_UNREADABLE" | "IDEMPOTENCY_KEY_REUSED" | "PERIOD_CLOSED" | "PERIOD_ALREADY_CLOSED" | "PERIOD_HAS_PENDING" | "PERIOD_NOT_ENDED" | "OCCURRED_ON_IN_FUTURE" | "RULE_NOT_ADOPTED" | "TREE_SIZE_NOT_PUBLISHED" | "LEAF_NOT_IN_TREE" | "LOG_KEY_MISSING" | "SIGNATURE_INVALID" | "CLIENT_REVOKED" | "REQUEST_EXPIRED" | "REQUEST_REPLAYED" | "TOO_MANY_SECRETS" | "EVENT_TYPE_NOT_ALLOWED" | "UNMAPPED_EVENT_TYPE" | "HOUSEHOLD_NOT_IDENTIFIED" | "EVENT_NOT_DEAD" | "EVENT_CLIENT_REVOKED" | "ANNOUNCEMENT_WITHDRAWN" | "RULE_NOT_EFFECTIVE" | "WRONG_RULE_KIND" | "HOLDER_FILTER_EMPTY" | "HOLDER_FILTER_TOO_BROAD" | "FILTER_COUNT_CHANGED" | "RULE_NOT_APPLICABLE" | "MEMBER_NOT_IN_HOUSEHOLD" | "ALREADY_REVERSED" | "NOT_REVERSIBLE" | "NOT_A_COUNTY" | "INSUFFICIENT_POINTS" | "OUT_OF_STOCK" | "ITEM_LIMIT_REACHED" | "NOT_ELIGIBLE" | "ITEM_INACTIVE" | "STORE_HAS_NO_PROGRAM" | "PROGRAM_NOT_REDEEMABLE" | "STOCK_WOULD_GO_NEGATIVE" | "REFUND_WINDOW_PASSED" | "REDEMPTION_SUSPENDED" | "REFUND_NOT_TODAY" | "ALREADY_REFUNDED" | "STORE_PROGRAM_LOCKED" | "DUPLICATE_SKU" | "IDEMPOTENCY_KEY_REQUIRED" | "REASON_REQUIRED" | "ALREADY_PUBLISHED" | "RUN_NOT_COMPLETED" | "PERIOD_NOT_CLOSED" | "RUN_NOT_PUBLISHED" | "NOT_A_VILLAGE_RANKING" | "ALLOCATION_INFEASIBLE" | "CARD_LOCKED" | "CARD_LOCKED_UNTIL_RESET" | "PIN_NOT_SET" | "SELF_REVIEW" | "OWN_HOUSEHOLD" | "COI_UNDECLARED" | "SAME_REVIEWER" | "CLAIM_DECIDED" | "CLAIM_WINDOW_PASSED" | "NOT_CLAIMABLE" | "EVIDENCE_NOT_USABLE" | "NOTICE_CLOSED" | "OBJECTION_EXISTS" | "OBJECTION_DECIDED" | "NOT_A_HOUSEHOLD_PROGRAM" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "TEMPORARILY_UNAVAILABLE" | "INTERNAL_ERROR";
            /**
             * @description The values the message was made from (needed, available, sku, fields, …); empty when there are none
             * @example {
             *       "needed": "120",
             *       "available": "80"
             *     }
             */
            details: {
                [key: string]: unknown;
            };
            /**
             * @description Human message: Chinese by default, English with `Accept-Language: en`
             * @example 可兑换积分不足：需要120分，可用80分
             */
            message: string;
            /**
             * @description The request id, also in the `X-Request-Id` response header and the service log
             * @example 5f0c6f1e-0f5e-4a4b-9b8e-3c1f2a9d7e10
             */
            requestId: string;
        };
        ErrorResponseDto: {
            /** @description What went wrong */
            error: components["schemas"]["ErrorDetailDto"];
        };
        EscalationView: {
            /** @description Village code */
            holderCode: string;
            /** @description Village id */
            holderId: number;
            /** @description Village name */
            holderName: string;
            /** @description The previous published run in whose bottom N the village also was */
            previousRunId: string;
            /** @description Rank in the run */
            rank: number;
            /** @description Score in the run */
            score: number;
        };
        EventHouseholdDto: {
            /**
             * @description The household's card code
             * @example K7M2Q9X4
             */
            cardCode?: string;
            /**
             * @description The household number in the village (with villageCode)
             * @example 0012
             */
            householdNo?: string;
            /**
             * @description A member's resident ID number: matched by its keyed hash, never stored
             * @example 11010519491231002X
             */
            idNumber?: string;
            /**
             * @description The village code (with householdNo)
             * @example 140105001
             */
            villageCode?: string;
        };
        EventResultView: {
            /** @description True when the rule's cap cut the points */
            capped?: boolean;
            /** @description The claim filed (path claim) */
            claimId?: string | null;
            /** @description Why it was refused: an error code (UNMAPPED_EVENT_TYPE, HOUSEHOLD_NOT_FOUND, EVENT_TYPE_NOT_ALLOWED, …) */
            code?: string;
            /** @description Your id of the event */
            eventId: string;
            /** @description A message for people */
            message?: string;
            /** @description The entry on notice (path entry, programs with a notice period) */
            noticeId?: string | null;
            /** @description Points granted after the cap (entries) */
            points?: number | null;
            /**
             * @description accepted now; duplicate: accepted before (the same references); refused: see code (it waits in the dead-letter list)
             * @enum {string}
             */
            status: "accepted" | "duplicate" | "refused";
            /** @description The entry posted (path entry, no notice period) */
            transactionId?: string | null;
        };
        EventView: {
            /** @description Times processed */
            attempts: number;
            /** @description True when the rule's cap cut it */
            capped: boolean;
            /** @description The claim it made */
            claimId: string | null;
            /** @description The client that sent it */
            clientId: number;
            /** @description The client's name */
            clientName: string;
            /**
             * Format: date-time
             * @description When it was last processed
             */
            decidedAt: string;
            /** @description Why it was dismissed */
            dismissReason: string | null;
            /** @description Why it is dead */
            errorCode: string | null;
            /** @description Details of the reason */
            errorDetails: {
                [key: string]: unknown;
            } | null;
            /** @description The event as sent (an ID number masked) */
            event: {
                [key: string]: unknown;
            };
            /** @description The client's id of the event */
            eventId: string;
            /** @description The staff user who replayed or dismissed it last */
            handledBy: number | null;
            /** @description The household it was found to be about */
            householdId: number | null;
            /** @description Event record id (a string: 64-bit) */
            id: string;
            /** @description The entry on notice it made */
            noticeId: string | null;
            /**
             * Format: date-time
             * @description When it happened
             */
            occurredAt: string;
            /** @description Points granted (a string: 64-bit) */
            points: string | null;
            /** @description The program of its mapping */
            programId: number | null;
            /**
             * Format: date-time
             * @description When it first came
             */
            receivedAt: string;
            /**
             * @description accepted, dead (the dead-letter list) or dismissed
             * @enum {string}
             */
            status: "accepted" | "dead" | "dismissed";
            /** @description The entry it posted */
            transactionId: string | null;
            /** @description Event type */
            type: string;
        };
        EvidenceViewDto: {
            /** @description Size of the stored image in bytes */
            bytes: number;
            /**
             * Format: date-time
             * @description When it was uploaded
             */
            createdAt: string;
            /** @description Height of the stored image in pixels, upright */
            height: number;
            /** @description Evidence id: name it in a claim */
            id: number;
            /**
             * @description Path of the image (same origin, needs the same login)
             * @example /api/v1/evidence/1/image
             */
            imageUrl: string;
            /**
             * @description Media type of the stored image (uploads are re-encoded, today always as JPEG)
             * @enum {string}
             */
            mediaType: "image/jpeg" | "image/png" | "image/webp";
            /** @description SHA-256 (hex) of the stored image */
            sha256: string;
            /**
             * @description Path of the thumbnail (JPEG, 320 px on the long side at most)
             * @example /api/v1/evidence/1/thumbnail
             */
            thumbnailUrl: string;
            /** @description The village it belongs to */
            villageId: number;
            /** @description Width of the stored image in pixels, upright (after the EXIF orientation) */
            width: number;
        };
        ExclusionDto: {
            /** @description Region (e.g. a village) in whose subtree the county rule no longer applies */
            regionId: number;
        };
        ExpiringMonthView: {
            /** @description Month (YYYY-MM) */
            month: string;
            /** @description Points expiring in the region */
            points: number;
            /** @description Their value in fen */
            valueFen: number;
        };
        ExpiringReportView: {
            /** @description The months covered, the current one first */
            months: string[];
            /** @description Program */
            programId: number;
            /** @description Region covered */
            regionId: number;
            /** @description Its name */
            regionName: string;
            /** @description Per village and month with points expiring, by village code then month */
            rows: components["schemas"]["ExpiringRowView"][];
            /** @description Points expiring in the months covered */
            totalPoints: number;
            /** @description Per month over the region (every month, zero included) */
            totals: components["schemas"]["ExpiringMonthView"][];
            /** @description Their value in fen */
            totalValueFen: number;
        };
        ExpiringRowView: {
            /** @description Households with such points */
            households: number;
            /**
             * @description Month of the expiry date (the first day the points are gone); overdue lots count in the first month
             * @example 2027-01
             */
            month: string;
            /** @description Points that expire then (what is left of the open lots) */
            points: number;
            /** @description Their value in fen */
            valueFen: number;
            /** @description Village code */
            villageCode: string;
            /** @description Village id */
            villageId: number;
            /** @description Village name */
            villageName: string;
        };
        ExpiringView: {
            /**
             * @description The first day they are expired (YYYY-MM-DD)
             * @example 2027-01-01
             */
            on: string;
            /** @description Points that expire on that day unless spent first */
            points: number;
        };
        ExpiryPolicyDto: {
            /**
             * @description yearly: points a holder keeps across a clearing (结转), expiring at the next one
             * @default 0
             */
            carryOver: number;
            /**
             * @description yearly: the clearing day as MM-DD, in the program timezone; points earned before it expire on it
             * @example 01-01
             */
            date?: string;
            /**
             * @description rolling: months after the deed (1-120)
             * @example 12
             */
            months?: number;
            /**
             * @description none: points never expire; rolling: N months after the deed; yearly: on a day each year (年度清零). Base points never expire
             * @enum {string}
             */
            policy: "none" | "rolling" | "yearly";
        };
        ExpiryPolicyView: {
            /** @description yearly: points kept across a clearing */
            carryOver: number;
            /** @description yearly: clearing day MM-DD */
            date: string | null;
            /** @description rolling: months after the deed */
            months: number | null;
            /**
             * @description Expiry policy
             * @enum {string}
             */
            policy: "none" | "rolling" | "yearly";
            /** @description Program id */
            programId: number;
        };
        FileClaimDto: {
            /** @description Photos from POST /api/v1/evidence (of the household's village), at most 9 */
            evidenceIds?: number[];
            /** @description Staff: the household the claim is for. A resident claims for its own household. */
            householdId?: number;
            /** @description The member of the household who did the deed */
            memberId?: number;
            /**
             * @description What was done
             * @example 清扫村口道路积雪
             */
            memo?: string;
            /**
             * @description Day of the deed in the program timezone
             * @example 2026-11-28
             */
            occurredOn: string;
            /** @description The household program */
            programId: number;
            /** @description The rule (积分标准) the deed falls under: one that awards points */
            ruleId: number;
        };
        HealthView: {
            /** @description Every check */
            details: {
                [key: string]: components["schemas"]["IndicatorView"];
            };
            /** @description The checks that are down (empty on 200) */
            error: {
                [key: string]: components["schemas"]["IndicatorView"];
            };
            /** @description The checks that are up: `database`, and `queue` with its kind (`redis` or `in-process`) and the database kind */
            info: {
                [key: string]: components["schemas"]["IndicatorView"];
            };
            /**
             * @description `ok` when every check is up (otherwise the answer is 503 SERVICE_UNAVAILABLE with this report in `error.details`)
             * @enum {string}
             */
            status: "ok";
        };
        HistoryActorView: {
            /** @description User id, or household id of a resident */
            id: number | null;
            /** @description User name, or card code of a resident */
            name: string | null;
            /** @description user, resident or system */
            type: string;
        };
        HistoryEventView: {
            /** @description Who */
            actor: components["schemas"]["HistoryActorView"];
            /**
             * Format: date-time
             * @description When
             */
            at: string;
            /** @description Details (deadline, objectionId; upheld: objectionIds, every objection the decision upheld, and on a claim's history the noticeId; …) */
            details: {
                [key: string]: unknown;
            };
            /** @description filed, approved, seconded, rejected, noticed, objected, upheld, dismissed, posted or voided */
            event: string;
            /** @description Why, where given */
            reason: string | null;
        };
        HolderFilterDto: {
            /** @description Households of this grid (网格 / 村民小组) */
            gridId?: number;
            /** @description Household number, card code or the head name (prefix), as the household search takes it */
            q?: string;
            /** @description Households of this village */
            villageId?: number;
        };
        HolderLevelView: {
            /** @description Points earned in the level period (awards minus deductions, reversals included) */
            earned: number;
            /** @description Points earned in the level period needed for it */
            minPoints: number;
            /**
             * @description Name of the level reached (星级文明户)
             * @example 一星
             */
            name: string;
            /** @description The next level up; null at the top */
            next: components["schemas"]["LevelStepView"] | null;
            /**
             * @description The level period: the program period (2026-Q4) or the year (2026)
             * @example 2026
             */
            period: string;
        };
        HouseholdDetailView: {
            /** @description Address */
            address: string | null;
            /** @description Balances per points program (programs in which the household has an account) */
            balances: components["schemas"]["BalanceView"][];
            /** @description Card code for the kiosk (QR / IC card) */
            cardCode: string;
            /**
             * Format: date-time
             * @description When it was registered
             */
            createdAt: string;
            /** @description Grid (网格 / 村民小组) id within the village; null when not placed in one */
            gridId: number | null;
            /** @description Head of household */
            headName: string;
            /** @description Household number within the village */
            householdNo: string;
            /** @description Household id */
            id: number;
            /** @description Family members */
            members: components["schemas"]["MemberView"][];
            /** @description Masked phone, e.g. 138****5678 */
            phoneMasked: string | null;
            /**
             * Format: date-time
             * @description Last change
             */
            updatedAt: string;
            /** @description Village id */
            villageId: number;
        };
        HouseholdPage: {
            /** @description Households of this page */
            items: components["schemas"]["HouseholdView"][];
            /** @description Total matching households */
            total: number;
        };
        HouseholdPinView: {
            /** @description Card code: what the resident types (or scans) with the PIN */
            cardCode: string;
            /** @description Household id */
            householdId: number;
            /**
             * @description The new eight-digit PIN, shown this once: print it on or with the card. Only its hash is kept.
             * @example 530718
             */
            pin: string;
            /**
             * Format: date-time
             * @description When it was set
             */
            setAt: string;
            /** @description How many times a PIN was set for this household; a reset ends the sessions of the old PIN */
            version: number;
        };
        HouseholdView: {
            /** @description Address */
            address: string | null;
            /** @description Card code for the kiosk (QR / IC card) */
            cardCode: string;
            /**
             * Format: date-time
             * @description When it was registered
             */
            createdAt: string;
            /** @description Grid (网格 / 村民小组) id within the village; null when not placed in one */
            gridId: number | null;
            /** @description Head of household */
            headName: string;
            /** @description Household number within the village */
            householdNo: string;
            /** @description Household id */
            id: number;
            /** @description Masked phone, e.g. 138****5678 */
            phoneMasked: string | null;
            /**
             * Format: date-time
             * @description Last change
             */
            updatedAt: string;
            /** @description Village id */
            villageId: number;
        };
        ImbalanceView: {
            /** @description Sum of its postings (should be 0) */
            sum: number;
            /** @description Transaction id */
            transactionId: string;
        };
        ImportLineErrorView: {
            /** @description Stable code: MISSING_FIELD, INVALID_FIELD, UNKNOWN_VILLAGE, UNKNOWN_GRID, OUT_OF_SCOPE, NOT_A_VILLAGE, WRONG_COLUMN_COUNT, CONFLICTING_LINE */
            code: string;
            /** @description Line number in the file; the header is line 1 */
            line: number;
            /** @description What is wrong, in Chinese */
            message: string;
        };
        ImportView: {
            /** @description Lines that created a household */
            created: number;
            /**
             * Format: date-time
             * @description When it was uploaded
             */
            createdAt: string;
            /** @description Encoding detected: utf-8, utf-8-bom, utf-16le, gb18030 */
            encoding: string | null;
            /** @description Lines skipped, each with its line number and reason */
            errors: components["schemas"]["ImportLineErrorView"][];
            /** @description The code's details: `columns` missing, the `line` of unbalanced quotes, the `limit` passed (`rows` or `unpacked`) with `maxRows` and `maxUnpackedMb`, `maxSeconds` */
            failureDetails: {
                [key: string]: unknown;
            } | null;
            /** @description What the failure code means, in Chinese, with its details (null without a code) */
            failureMessage: string | null;
            /** @description Why the import failed as a whole: a code (IMPORT_TOO_LARGE, IMPORT_TIMED_OUT, IMPORT_UNREADABLE, IMPORT_EMPTY, IMPORT_MISSING_COLUMNS, IMPORT_MALFORMED) or, for an unexpected failure, its message */
            failureReason: string | null;
            /** @description Name of the uploaded file */
            fileName: string | null;
            /**
             * Format: date-time
             * @description When the job ended
             */
            finishedAt: string | null;
            /** @description Import id */
            id: number;
            /** @description Data lines handled so far */
            processedLines: number;
            /** @description Per cent of data lines handled, 0-100 */
            progress: number;
            /**
             * Format: date-time
             * @description When the job started
             */
            startedAt: string | null;
            /**
             * @description queued, running, completed or failed
             * @enum {string}
             */
            status: "queued" | "running" | "completed" | "failed";
            /** @description Data lines in the file (without the header) */
            totalLines: number;
            /** @description Lines that matched what was on file already */
            unchanged: number;
            /** @description Lines that changed a household or member */
            updated: number;
        };
        InclusionResponse: {
            /** @description Audit path, hex, leaf to root (RFC 9162 §2.1.3) */
            auditPath: string[];
            /** @description The county */
            countyId: number;
            /** @description The leaf hash (SHA-256 of 0x00 and the canonical text), hex */
            leafHash: string;
            /** @description The leaf */
            leafIndex: number;
            /** @description Tree size proved against */
            treeSize: number;
        };
        IndicatorView: {
            /**
             * @description `queue`, when up: the kind of database (`url`, `local` or `embedded`)
             * @enum {string}
             */
            database?: "url" | "local" | "embedded";
            /**
             * @description `queue`: the kind of queue
             * @enum {string}
             */
            kind?: "redis" | "in-process";
            /** @description Why the check is down */
            message?: string;
            /** @description `database`: milliseconds the ping took */
            responseTime?: number;
            /**
             * @description `up` or `down`
             * @enum {string}
             */
            status: "up" | "down";
        };
        IntegrationBatchDto: {
            /** @description 1 to 100 events, processed in order */
            events: components["schemas"]["IntegrationEventDto"][];
        };
        IntegrationBatchResponse: {
            /** @description One per event, in order */
            results: components["schemas"]["EventResultView"][];
        };
        IntegrationEventDto: {
            /**
             * @description A link to evidence in your system
             * @example https://grid.example.gov.cn/events/123
             */
            evidenceUrl?: string;
            /** @description The household: by cardCode, by villageCode + householdNo, or by idNumber */
            household: components["schemas"]["EventHouseholdDto"];
            /**
             * @description Your own id of the event: each is accepted once; sending it again answers `duplicate`
             * @example evt-2026-000123
             */
            id: string;
            /**
             * @description A short note (shown with the claim or entry)
             * @example 夜间巡逻 2 小时
             */
            memo?: string;
            /**
             * @description When it happened (ISO 8601 with offset); its day in the program timezone is the deed day
             * @example 2026-12-06T09:30:00+08:00
             */
            occurredAt: string;
            /** @description Anything else of yours, kept with the event */
            payload?: {
                [key: string]: unknown;
            };
            /**
             * @description The event type (one your client may send, mapped by the county)
             * @example patrol.completed
             */
            type: string;
        };
        IssuedSecretView: {
            client: components["schemas"]["ClientView"];
            /** @description The signing secret (whsec_…), shown this once: the client signs each request with it (Standard Webhooks) */
            secret: string;
            /** @description Id of the new secret (to revoke it later) */
            secretId: number;
        };
        ItemLimitDto: {
            /**
             * @description Limit period
             * @enum {string}
             */
            per: "month" | "quarter" | "year";
            /**
             * @description Most units one household may take per period
             * @example 2
             */
            quantity: number;
        };
        ItemLimitView: {
            /**
             * @description Per month, quarter or year
             * @enum {string}
             */
            per: "month" | "quarter" | "year";
            /** @description Units a household may take */
            quantity: number;
        };
        ItemView: {
            /** @description Whether it can be redeemed now */
            active: boolean;
            /**
             * Format: date-time
             * @description When it was added
             */
            createdAt: string;
            /** @description Item id */
            id: number;
            /**
             * @description Per-household limit period
             * @enum {string|null}
             */
            limitPer: "month" | "quarter" | "year" | null;
            /** @description Per-household limit quantity */
            limitQuantity: number | null;
            /** @description Low-stock threshold */
            lowStockAt: number;
            /** @description Name */
            name: string;
            /** @description Price in points */
            pointsPrice: number;
            /** @description Item code */
            sku: string;
            /** @description Units on the shelf */
            stock: number;
            /** @description Store id */
            storeId: number;
            /** @description Whether stock is counted */
            tracksStock: boolean;
            /**
             * Format: date-time
             * @description Last change
             */
            updatedAt: string;
        };
        KioskHouseholdView: {
            /** @description Card code */
            cardCode: string;
            /** @description Head of household, masked (张*) */
            headNameMasked: string;
            /** @description Household number */
            householdNo: string;
            /** @description Household id */
            id: number;
            /** @description Village id */
            villageId: number;
        };
        KioskLookupView: {
            /** @description Balance */
            balance: number;
            /** @description Base points (not redeemable) */
            basePoints: number;
            /** @description Why the household cannot redeem now (empty when it can); REDEMPTION_SUSPENDED: a sanction, see suspendedUntil */
            blocks: ("NO_REDEEMABLE_POINTS" | "BELOW_BASE" | "REDEMPTION_SUSPENDED")[];
            /** @description Awards minus deductions booked this period */
            earnedThisPeriod: number;
            /** @description The soonest expiry of the household's points within 90 days; null when none expire that soon */
            expiring: components["schemas"]["CounterExpiringView"] | null;
            /** @description The household */
            household: components["schemas"]["CounterHouseholdView"];
            /** @description Goods offered, with what is left of each limited item */
            items: components["schemas"]["ShelfItemView"][];
            /** @description Signed points under public notice (公示): shown, not spendable until they post */
            pending: number;
            /**
             * @description The program period now
             * @example 2026-Q4
             */
            period: string;
            /** @description Points that may be spent now */
            redeemable: number;
            /**
             * @description Last day redemption is suspended by a sanction (取消兑换资格); null when it is not
             * @example 2027-12-31
             */
            suspendedUntil: string | null;
        };
        LedgerBookCategoryView: {
            /** @description Category */
            category: string;
            /** @description Lines in it */
            entries: number;
            /** @description Their points (signed) */
            points: number;
        };
        LedgerBookHouseholdView: {
            /** @description Head of the household */
            headName: string;
            /** @description Household number */
            householdNo: string;
            /** @description Household id */
            id: number;
            /** @description Village id */
            villageId: number;
            /** @description Village name */
            villageName: string;
        };
        LedgerBookLineView: {
            /** @description Running balance after the line */
            balanceAfter: number;
            /** @description Category: the rule's, or the type's name for entries without a rule (兑换, 退货, 冲正 …) */
            category: string;
            /** @description Rule name, or the type in Chinese */
            item: string;
            /** @description The member who did the deed */
            memberName: string | null;
            /** @description Memo or reason */
            memo: string | null;
            /** @description Day of the deed (YYYY-MM-DD); a deed of late December may be booked in January */
            occurredOn: string;
            /** @description Points (signed) */
            points: number;
            /** @description Posting id (booking order) */
            postingId: string;
            /** @description Day it was booked (YYYY-MM-DD, the program's timezone): it puts the line in a year's book */
            recordedOn: string;
            /** @description Rule code */
            ruleCode: string | null;
            /** @description Transaction id */
            transactionId: string;
            /** @description Transaction type: opening, award, deduction, reversal, redemption, refund, expiry … */
            type: string;
        };
        LedgerBookView: {
            /** @description Points added in the year (positive lines) */
            added: number;
            /** @description Totals per category, in order of first appearance */
            categories: components["schemas"]["LedgerBookCategoryView"][];
            /** @description Balance after the last line booked in the year (openingBalance + added + taken) */
            closingBalance: number;
            /** @description The household */
            household: components["schemas"]["LedgerBookHouseholdView"];
            /** @description The lines booked in the year, in booking order, each with its deed day */
            lines: components["schemas"]["LedgerBookLineView"][];
            /** @description Balance the year opens with: the closing balance of the year before (0 before the account opened) */
            openingBalance: number;
            /** @description Program */
            programId: number;
            /** @description Program name */
            programName: string;
            /** @description Points taken in the year (negative lines, negative) */
            taken: number;
            /** @description The county log's latest signed tree head, printed at the foot of every page (docs/transparency.md); null before the first */
            treeHead: components["schemas"]["TreeHeadResponse"] | null;
            /**
             * @description Year
             * @example 2026
             */
            year: string;
        };
        LedgerCheckResponse: {
            /** @description Holder accounts whose balance differs from their postings (at most 100) */
            balanceMismatches: components["schemas"]["BalanceMismatchView"][];
            /** @description Sum of all postings (0 when balanced) */
            globalSum: number;
            /** @description Transactions whose postings do not sum to zero (at most 100) */
            imbalances: components["schemas"]["ImbalanceView"][];
            /** @description Holder accounts whose open earning lots do not sum to their redeemable balance (at most 100) */
            lotMismatches: components["schemas"]["LotMismatchView"][];
            /** @description True when every invariant holds */
            ok: boolean;
            /** @description Postings checked */
            postings: number;
            /** @description Transactions checked */
            transactions: number;
        };
        LevelCountView: {
            /** @description Households of the village at this level (not higher) */
            households: number;
            /** @description Points needed */
            minPoints: number;
            /**
             * @description Level name
             * @example 一星
             */
            name: string;
        };
        LevelDto: {
            /**
             * @description Points earned in the level period needed to reach it
             * @example 20
             */
            minPoints: number;
            /**
             * @description Name of the level
             * @example 一星
             */
            name: string;
        };
        LevelStepView: {
            /** @description Points earned in the level period needed for it */
            minPoints: number;
            /**
             * @description Name of the level
             * @example 二星
             */
            name: string;
        };
        LiabilityAmountView: {
            /** @description Households registered (now): every household of the village (or region), whether or not it has an account in the program yet; the participation report counts the same */
            households: number;
            /** @description Redeemable points: sum over the households of max(0, balance − base points); a household without an account holds 0 */
            outstandingPoints: number;
            /** @description Their value in fen (points × point value) */
            outstandingValueFen: number;
        };
        LiabilityReportView: {
            /** @description Base points of every household (never redeemable) */
            basePoints: number;
            /** @description Goods in stock minus outstanding points, in fen (negative: the goods do not cover what is owed) */
            coverageFen: number;
            /** @description Fen per point */
            pointValueFen: number;
            /** @description Program */
            programId: number;
            /** @description Region covered */
            regionId: number;
            /** @description Its name */
            regionName: string;
            /** @description What the region's stores were settled and still await */
            settled: components["schemas"]["SettledView"];
            /** @description Goods in stock at the program's stores of the region, by funding source */
            stock: components["schemas"]["StockSourceView"][];
            /** @description All goods in stock */
            stockTotal: components["schemas"]["StockTotalView"];
            /** @description The whole region */
            total: components["schemas"]["LiabilityAmountView"];
            /** @description Villages of the region, by code */
            villages: components["schemas"]["LiabilityVillageView"][];
        };
        LiabilityVillageView: {
            /** @description Households registered (now): every household of the village (or region), whether or not it has an account in the program yet; the participation report counts the same */
            households: number;
            /** @description Redeemable points: sum over the households of max(0, balance − base points); a household without an account holds 0 */
            outstandingPoints: number;
            /** @description Their value in fen (points × point value) */
            outstandingValueFen: number;
            /** @description Village code */
            villageCode: string;
            /** @description Village id */
            villageId: number;
            /** @description Village name */
            villageName: string;
        };
        LineProofResponse: {
            /** @description Audit path to the head, hex (RFC 9162) */
            auditPath: string[];
            /** @description The leaf's canonical text as the rows read now (docs/transparency.md) */
            leafData: string | null;
            /** @description Its leaf in the county log; null when logged after the latest head */
            leafIndex: number | null;
            /** @description Transaction id */
            transactionId: string;
        };
        LoginDto: {
            /** @description Password */
            password: string;
            /**
             * @description Login name
             * @example admin
             */
            username: string;
        };
        LoginResult: {
            /** @description JWT to send as `Authorization: Bearer <token>` */
            accessToken: string;
            /** @description Seconds until the token expires */
            expiresIn: number;
            /** @description The logged-in user */
            user: components["schemas"]["UserView"];
        };
        LotMismatchView: {
            /** @description Account id */
            accountId: string;
            /** @description Holder id */
            holderId: number;
            /** @description Sum of what is left of the holder's earning lots (should equal redeemable) */
            lotsSum: number;
            /** @description Redeemable balance: balance above the base points, never below 0 */
            redeemable: number;
        };
        MappingDto: {
            /**
             * @description The event type
             * @example patrol.completed
             */
            eventType: string;
            /**
             * @description claim: a claim waiting for review; entry: an award or deduction entered as by a clerk (on notice when the program has one)
             * @enum {string}
             */
            path: "claim" | "entry";
            /** @description A household program of the county */
            programId: number;
            /** @description The rule an event of the type applies */
            ruleId: number;
        };
        MappingView: {
            /** @description The event type */
            eventType: string;
            /** @description Mapping id */
            id: number;
            /**
             * @description claim or entry
             * @enum {string}
             */
            path: "claim" | "entry";
            /** @description The household program */
            programId: number;
            /** @description The rule an event applies */
            ruleId: number;
            /**
             * Format: date-time
             * @description When
             */
            setAt: string;
            /** @description Who set it */
            setBy: number;
        };
        MemberInput: {
            /** @description 18-character resident ID number; stored only masked and hashed */
            idNumber?: string;
            /**
             * @description Name of the family member
             * @example 扎西
             */
            name: string;
            /**
             * @description Relation to the head of household: 户主, 配偶, 子女, 父母, 孙子女, 兄弟姐妹, 其他
             * @example 配偶
             */
            relation: string;
        };
        MemberView: {
            /** @description Member id */
            id: number;
            /** @description Masked ID number, e.g. 510105********1234 */
            idNumberMasked: string | null;
            /** @description Name */
            name: string;
            /** @description Relation to the head of household */
            relation: string;
        };
        MessagesPage: {
            /** @description Newest first */
            items: components["schemas"]["MessageView"][];
            /** @description Pass as `before` for the next page; null: no more */
            nextBefore: string | null;
        };
        MessageSubjectView: {
            /** @description The claim, notice, ledger transaction or redemption id */
            id: string;
            /**
             * @description What kind of record it is
             * @enum {string}
             */
            type: "claim" | "notice" | "transaction" | "redemption";
        };
        MessageView: {
            /**
             * Format: date-time
             * @description When it was written (with the decision)
             */
            createdAt: string;
            /** @description What the county's channels did with it (staff only) */
            deliveries?: components["schemas"]["DeliveryView"][];
            /** @description The household told */
            householdId: number;
            /** @description Message id (a string: 64-bit) */
            id: string;
            /** @description What it is about, for a link */
            subject: components["schemas"]["MessageSubjectView"] | null;
            /**
             * @description Template code
             * @enum {string}
             */
            template: "claim.approved" | "claim.rejected" | "entry.noticed" | "objection.upheld" | "objection.dismissed" | "sanction.imposed" | "sanction.lifted" | "redemption.made" | "expiry.reminder";
            /** @description The message as text, in the language asked for (Accept-Language) */
            text: string;
            /** @description The template's values (rule names, points, dates, receipt numbers; no personal data) */
            values: {
                [key: string]: unknown;
            };
        };
        MeView: {
            /** @description Whether the user may log in */
            active: boolean;
            /**
             * Format: date-time
             * @description When the user was created
             */
            createdAt: string;
            /** @description Display name */
            displayName: string;
            /** @description User id */
            id: number;
            /**
             * Format: date-time
             * @description Last successful login
             */
            lastLoginAt: string | null;
            /** @description Region of the user; null for a platform operator */
            regionId: number | null;
            /** @description Ids from the county down to the user's region; null for a platform operator */
            regionPath: string | null;
            /**
             * @description Role
             * @enum {string}
             */
            role: "county_admin" | "township_officer" | "village_clerk" | "reviewer" | "store_operator" | "auditor" | "platform_operator";
            /** @description Login name */
            username: string;
        };
        MinutesView: {
            /** @description Size in bytes */
            bytes: number;
            /**
             * @description Media type, from the content
             * @enum {string}
             */
            contentType: "application/pdf" | "image/jpeg" | "image/png";
            /** @description File name as uploaded */
            name: string;
        };
        MonthDayView: {
            /** @description Day (YYYY-MM-DD) in the program timezone */
            date: string;
            /** @description Redeemed minus refunded */
            netPoints: number;
            /** @description Points redeemed */
            redeemedPoints: number;
            /** @description Redemptions */
            redemptions: number;
            /** @description Points refunded */
            refundedPoints: number;
            /** @description Refunds */
            refunds: number;
            /** @description Value of the net points in fen */
            valueFen: number;
        };
        MonthReportView: {
            /** @description Each day with a redemption or a refund, in order */
            days: components["schemas"]["MonthDayView"][];
            /** @description Goods redeemed in the month */
            items: components["schemas"]["DayReportItemView"][];
            /**
             * @description Month (YYYY-MM) in the program timezone
             * @example 2026-11
             */
            month: string;
            /** @description Fen per point */
            pointValueFen: number;
            /** @description Store id */
            storeId: number;
            /** @description The month in all */
            totals: components["schemas"]["MonthTotalsView"];
        };
        MonthTotalsView: {
            /** @description Redeemed minus refunded */
            netPoints: number;
            /** @description Points redeemed */
            redeemedPoints: number;
            /** @description Redemptions */
            redemptions: number;
            /** @description Points refunded */
            refundedPoints: number;
            /** @description Refunds */
            refunds: number;
            /** @description Value of the net points in fen */
            valueFen: number;
        };
        MovementResult: {
            /** @description The item after the movement */
            item: components["schemas"]["ItemView"];
            /** @description The movement recorded */
            movement: components["schemas"]["StockMovementView"];
        };
        NoticeCapView: {
            /**
             * @description The period the cap counts in
             * @enum {string}
             */
            per: "month" | "quarter" | "year";
            /** @description Most points per holder and period */
            points: number;
        };
        NoticeDetailView: {
            /** @description Every state change, oldest first */
            history: components["schemas"]["HistoryEventView"][];
            /** @description The notice */
            notice: components["schemas"]["NoticeView"];
            /** @description Its objections */
            objections: components["schemas"]["ObjectionView"][];
        };
        NoticeView: {
            /** @description Its period: month, quarter or year */
            capPer: string | null;
            /** @description The applied rule version's cap per holder and period */
            capPoints: number | null;
            /** @description The claim it came from */
            claimId: string | null;
            /**
             * Format: date-time
             * @description When it went on notice
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description End of the notice period
             */
            deadline: string;
            /** @description Who entered or approved it (user id) */
            enteredBy: number;
            /** @description Photos uploaded with the staff entry (a claim's photos are the claim's) */
            evidenceIds: number[];
            /** @description Holder id */
            holderId: number;
            /** @description Holder name (head of household, village or staff user) */
            holderName: string | null;
            /** @description Household number */
            householdNo: string | null;
            /** @description Notice id */
            id: string;
            /**
             * @description award or deduction
             * @enum {string}
             */
            kind: "award" | "deduction";
            /** @description Member who did the deed */
            memberId: number | null;
            /** @description Member name */
            memberName: string | null;
            /** @description Memo */
            memo: string | null;
            /** @description Day of the deed */
            occurredOn: string;
            /** @description Objections waiting for a decision */
            openObjections: number;
            /** @description Period it counts in */
            period: string;
            /** @description Signed points it posts (a cap may have cut them) */
            points: number;
            /** @description Program id */
            programId: number;
            /** @description Program name */
            programName: string;
            /** @description Reason of a deduction */
            reason: string | null;
            /** @description Points the rule asked for */
            requestedPoints: number;
            /** @description Rule id */
            ruleId: number;
            /** @description Rule name */
            ruleName: string;
            /** @description Rule version applied */
            ruleVersionId: number;
            /**
             * Format: date-time
             * @description When it posted or was voided
             */
            settledAt: string | null;
            /**
             * @description noticed, held (objection open), posted or voided
             * @enum {string}
             */
            status: "noticed" | "held" | "posted" | "voided";
            /** @description The transaction it posted */
            transactionId: string | null;
            /** @description Village id */
            villageId: number;
            /** @description Village name */
            villageName: string;
        };
        ObjectDto: {
            /** @description Staff: the household of the village that objects. A resident objects for its own household. */
            householdId?: number;
            /**
             * @description Why the entry is wrong
             * @example 当天我在场，他没有参加清扫
             */
            reason: string;
        };
        ObjectionCreatedView: {
            /** @description Objection id */
            id: string;
            /** @description Notice id */
            noticeId: string;
            /**
             * @description open
             * @enum {string}
             */
            status: "open";
        };
        ObjectionView: {
            /**
             * Format: date-time
             * @description When it was filed
             */
            createdAt: string;
            /**
             * Format: date-time
             * @description When it was decided
             */
            decidedAt: string | null;
            /** @description Why the reviewer decided so */
            decisionReason: string | null;
            /** @description Head of the objecting household (masked for residents) */
            headName: string;
            /** @description Household number of the objecting household */
            householdNo: string;
            /** @description Objection id */
            id: string;
            /** @description Why */
            reason: string;
            /**
             * @description open, upheld or dismissed
             * @enum {string}
             */
            status: "open" | "upheld" | "dismissed";
        };
        OperatorView: {
            /** @description User or device id */
            id: number | null;
            /** @description Display name of the user or device */
            name: string | null;
            /** @description user, device or system */
            type: string;
        };
        ParticipationGridView: {
            /** @description Change of the share in percentage points (trend), 2 decimals; null without households */
            changePercentPoints: number | null;
            /** @description Grid code */
            gridCode: string | null;
            /** @description Grid id; null for the households of the village not placed in a grid */
            gridId: number | null;
            /** @description Grid name (网格 / 村民小组) */
            gridName: string | null;
            /** @description Households registered (now): every household of the village (or grid, or region), whether or not it has an account in the program yet; the liability report counts the same */
            households: number;
            /** @description Households with at least one award or deduction in the period (not reversed in it) */
            participating: number;
            /** @description Households taking part in the previous period */
            previousParticipating: number;
            /** @description Their share in percent; null without households */
            previousSharePercent: number | null;
            /** @description participating / households in percent, 2 decimals; null without households */
            sharePercent: number | null;
            /** @description Village code */
            villageCode: string;
            /** @description Village id */
            villageId: number;
            /** @description Village name */
            villageName: string;
        };
        ParticipationReportView: {
            /**
             * @description Whether grids were asked for (by=grid)
             * @example false
             */
            byGrid: boolean;
            /** @description With by=grid: each grid of each village (by village code, then grid code), then the village's households in no grid; null otherwise */
            grids: components["schemas"]["ParticipationGridView"][] | null;
            /**
             * @description The period
             * @example 2026-Q3
             */
            period: string;
            /**
             * @description The period before it, for the trend
             * @example 2026-Q2
             */
            previousPeriod: string;
            /** @description Program */
            programId: number;
            /** @description Region covered */
            regionId: number;
            /** @description Its name */
            regionName: string;
            /** @description The whole region */
            total: components["schemas"]["ParticipationTotalView"];
            /** @description Villages of the region, by code */
            villages: components["schemas"]["ParticipationVillageView"][];
        };
        ParticipationTotalView: {
            /** @description Change of the share in percentage points (trend), 2 decimals; null without households */
            changePercentPoints: number | null;
            /** @description Households registered (now): every household of the village (or grid, or region), whether or not it has an account in the program yet; the liability report counts the same */
            households: number;
            /** @description Households with at least one award or deduction in the period (not reversed in it) */
            participating: number;
            /** @description Households taking part in the previous period */
            previousParticipating: number;
            /** @description Their share in percent; null without households */
            previousSharePercent: number | null;
            /** @description participating / households in percent, 2 decimals; null without households */
            sharePercent: number | null;
        };
        ParticipationView: {
            /** @description Households with an award in the period */
            awarded: number;
            /** @description Households of the village */
            households: number;
            /** @description Points added for participation (pro rata) */
            points: number;
            /** @description Points for full participation (the program's participation weight) */
            weight: number;
        };
        ParticipationVillageView: {
            /** @description Change of the share in percentage points (trend), 2 decimals; null without households */
            changePercentPoints: number | null;
            /** @description Households registered (now): every household of the village (or grid, or region), whether or not it has an account in the program yet; the liability report counts the same */
            households: number;
            /** @description Households with at least one award or deduction in the period (not reversed in it) */
            participating: number;
            /** @description Households taking part in the previous period */
            previousParticipating: number;
            /** @description Their share in percent; null without households */
            previousSharePercent: number | null;
            /** @description participating / households in percent, 2 decimals; null without households */
            sharePercent: number | null;
            /** @description Its township */
            townshipName: string | null;
            /** @description Village code */
            villageCode: string;
            /** @description Village id */
            villageId: number;
            /** @description Village name */
            villageName: string;
        };
        PeriodClosureView: {
            /**
             * Format: date-time
             * @description When it was closed
             */
            closedAt: string;
            /** @description Who closed it */
            closedBy: number | null;
            /** @description Period, e.g. 2026-Q3 */
            period: string;
            /** @description Program id */
            programId: number;
        };
        PlannedVillageView: {
            /** @description Village code */
            holderCode: string;
            /** @description Village id */
            holderId: number;
            /** @description Village name */
            holderName: string;
            /** @description Rank in the run */
            rank: number;
            /** @description Score in the run */
            score: number;
        };
        PlanPreviewView: {
            /** @description Amounts per village (sum = budget) */
            allocations: components["schemas"]["AllocationView"][];
            /** @description Bottom N */
            bottomN: number;
            /** @description Budget in fen */
            budgetFen: number;
            /** @description Villages in the bottom N of this and the previous published ranking */
            escalations: components["schemas"]["EscalationView"][];
            /** @description Maximum per village in fen */
            maxFen: number | null;
            /**
             * @description Method
             * @enum {string}
             */
            method: "equal" | "proportional" | "tiered";
            /** @description Minimum per village in fen */
            minFen: number | null;
            /** @description Run allocated over */
            runId: string;
            /** @description Tiers */
            tiers: components["schemas"]["TierDto"][] | null;
            /** @description Top N */
            topN: number;
            /** @description Bottom N villages, warned */
            warnings: components["schemas"]["PlannedVillageView"][];
        };
        PlanView: {
            /** @description Amounts per village (sum = budget) */
            allocations: components["schemas"]["AllocationView"][];
            /** @description Bottom N */
            bottomN: number;
            /** @description Budget in fen */
            budgetFen: number;
            /**
             * Format: date-time
             * @description When it was made
             */
            createdAt: string;
            /** @description Who made it (user id) */
            createdBy: number | null;
            /** @description Villages in the bottom N of this and the previous published ranking */
            escalations: components["schemas"]["EscalationView"][];
            /** @description Plan id */
            id: string;
            /** @description Maximum per village in fen */
            maxFen: number | null;
            /**
             * @description Method
             * @enum {string}
             */
            method: "equal" | "proportional" | "tiered";
            /** @description Minimum per village in fen */
            minFen: number | null;
            /** @description Run allocated over */
            runId: string;
            /** @description Tiers */
            tiers: components["schemas"]["TierDto"][] | null;
            /** @description Top N */
            topN: number;
            /** @description Bottom N villages, warned */
            warnings: components["schemas"]["PlannedVillageView"][];
        };
        PostDeductionsDto: {
            /** @description Evidence links (documents elsewhere), at most 10 */
            evidence?: string[];
            /** @description Photos uploaded with POST /api/v1/evidence (at most 10), of the holders' village, as claims take them: shown on the statement, the notice and the board */
            evidenceIds?: number[];
            /** @description With `holderFilter`: how many households it matched when the clerk confirmed; refused with FILTER_COUNT_CHANGED if it now matches another number */
            expectedCount?: number;
            /** @description Instead of `holderIds` (household programs): every household in your reach that matches, at most 1,000; `expectedCount` must then say how many the clerk confirmed (the `total` of GET /households with the same filter) */
            holderFilter?: components["schemas"]["HolderFilterDto"];
            /** @description Holders (households, villages or staff users by the program), 1 to 1,000, no repeats; or give `holderFilter` instead */
            holderIds?: number[];
            /** @description The household member who did the deed (one household only) */
            memberId?: number;
            /** @description Memo */
            memo?: string;
            /**
             * @description Day of the deed in the program timezone
             * @example 2026-07-15
             */
            occurredOn: string;
            /** @description Why the points are deducted (shown to the household) */
            reason: string;
            /** @description The rule applied (its version in force on occurredOn is recorded) */
            ruleId: number;
        };
        PostEntriesDto: {
            /** @description Evidence links (documents elsewhere), at most 10 */
            evidence?: string[];
            /** @description Photos uploaded with POST /api/v1/evidence (at most 10), of the holders' village, as claims take them: shown on the statement, the notice and the board */
            evidenceIds?: number[];
            /** @description With `holderFilter`: how many households it matched when the clerk confirmed; refused with FILTER_COUNT_CHANGED if it now matches another number */
            expectedCount?: number;
            /** @description Instead of `holderIds` (household programs): every household in your reach that matches, at most 1,000; `expectedCount` must then say how many the clerk confirmed (the `total` of GET /households with the same filter) */
            holderFilter?: components["schemas"]["HolderFilterDto"];
            /** @description Holders (households, villages or staff users by the program), 1 to 1,000, no repeats; or give `holderFilter` instead */
            holderIds?: number[];
            /** @description The household member who did the deed (one household only) */
            memberId?: number;
            /** @description Memo */
            memo?: string;
            /**
             * @description Day of the deed in the program timezone
             * @example 2026-07-15
             */
            occurredOn: string;
            /** @description The rule applied (its version in force on occurredOn is recorded) */
            ruleId: number;
        };
        PostEntriesResponse: {
            /** @description Day of the deed */
            occurredOn: string;
            /** @description Period the entries count in */
            period: string;
            /** @description Program id */
            programId: number;
            /** @description One transaction per holder */
            results: components["schemas"]["EntryResultView"][];
            /** @description Rule id */
            ruleId: number;
            /** @description Rule version applied */
            ruleVersionId: number;
        };
        ProgramView: {
            /** @description Whether deductions may go below zero */
            allowNegative: boolean;
            /** @description Base points of every holder */
            basePoints: number;
            /** @description Whether boards show black lists (黑榜) */
            blackList: boolean;
            /** @description Days after the deed within which it may be claimed; null: no limit */
            claimWindowDays: number | null;
            /** @description Whether village clerks may review claims */
            clerksReview: boolean;
            /** @description Unique code */
            code: string;
            /** @description County id */
            countyId: number;
            /**
             * Format: date-time
             * @description When it was created
             */
            createdAt: string;
            /** @description yearly: points kept across a clearing */
            expiryCarryOver: number;
            /** @description yearly: the clearing day, MM-DD */
            expiryDate: string | null;
            /** @description rolling: months after the deed */
            expiryMonths: number | null;
            /**
             * @description When earned points expire (PUT /programs/{id}/expiry sets it)
             * @enum {string}
             */
            expiryPolicy: "none" | "rolling" | "yearly";
            /**
             * @description Holder type
             * @enum {string}
             */
            holderType: "household" | "village" | "staff";
            /** @description Households on each village honour list */
            honourTopN: number;
            /** @description Program id */
            id: number;
            /**
             * @description What levels count: the program period or the calendar year
             * @enum {string}
             */
            levelPeriod: "period" | "year";
            /** @description Levels (星级文明户), ascending by minPoints; empty: no levels */
            levels: components["schemas"]["LevelDto"][];
            /** @description Households on each red and black list */
            listSize: number;
            /** @description Name */
            name: string;
            /** @description Household program counted as participation */
            participationProgramId: number | null;
            /** @description Points for full participation */
            participationWeight: number;
            /**
             * @description Period length
             * @enum {string}
             */
            periodKind: "quarter" | "month";
            /** @description Fen per point */
            pointValueFen: number;
            /** @description Days of public notice (公示) before an entry posts; 0 posts at once */
            publicityDays: number;
            /**
             * @description Household names on public boards
             * @enum {string}
             */
            publicNames: "masked" | "full";
            /** @description Whether boards list households with deductions */
            publishDeductions: boolean;
            /** @description Whether boards show red lists (红榜) */
            redList: boolean;
            /** @description Whether staff must declare their own and related households before entering or reviewing points */
            requireCoiDeclaration: boolean;
            /** @description Whether a rule version is used only once its adoption (村民大会 / 村民代表会议) is recorded */
            requireRuleAdoption: boolean;
            /** @description Schedule: day after period end */
            scheduleDay: number | null;
            /** @description Schedule: hour in the program timezone */
            scheduleHour: number;
            /** @description Claims above this many points need a second reviewer; null: one suffices */
            secondReviewAbove: number | null;
            /** @description Timezone of deed dates */
            timezone: string;
        };
        PublicAnnouncementView: {
            /** @description Text (line breaks kept) */
            body: string;
            /** @description First day shown */
            from: string;
            /** @description Announcement id */
            id: number;
            /** @description Its photos, in order */
            photos: components["schemas"]["AnnouncementPhotoView"][];
            /**
             * Format: date-time
             * @description When it was published
             */
            publishedAt: string;
            /** @description The region it was published to */
            regionId: number;
            /** @description The region's name (the village, or the township or county above it) */
            regionName: string;
            /** @description Title */
            title: string;
            /** @description Last day shown */
            until: string;
        };
        PublicEntryView: {
            /** @description Holder code; empty for households */
            code: string;
            /** @description What the score is made of */
            components: components["schemas"]["EntryComponentsView"];
            /** @description The level (星级) the score reaches by the run's levels; null without levels or below the first */
            level: string | null;
            /** @description Holder name, masked (张*) for households when the program says so */
            name: string;
            /** @description Rank, ties sharing it (1, 1, 3). In a board's entries: among the holders of the board's region (a village's households 1..n, a township's villages or households among themselves); a village's own result on its board keeps its rank in the run. In honours: within the village */
            rank: number;
            /** @description Score */
            score: number;
        };
        PublicNoticeRuleView: {
            /** @description Category */
            category: string;
            /** @description Rule code */
            code: string;
            /** @description Rule name */
            name: string;
        };
        PublicNoticeView: {
            /** @description The rule's cap per holder and period, when it has one */
            cap: components["schemas"]["NoticeCapView"] | null;
            /** @description Whole days left until the deadline (0 on its last day) */
            daysLeft: number;
            /**
             * Format: date-time
             * @description End of the notice period
             */
            deadline: string;
            /** @description Photos uploaded with a staff entry (their images only for residents of the village: GET /api/v1/evidence/{id}/thumbnail) */
            evidenceIds: number[];
            /** @description Holder: head of household masked as the program's boards mask names (张*), a village or a staff user */
            holderName: string | null;
            /** @description Household number */
            householdNo: string | null;
            /** @description Notice id (to object to it) */
            id: string;
            /**
             * @description award or deduction
             * @enum {string}
             */
            kind: "award" | "deduction";
            /** @description The member who did the deed, masked */
            memberName: string | null;
            /** @description Day of the deed */
            occurredOn: string;
            /** @description Signed points it will post */
            points: number;
            /** @description Program name */
            programName: string;
            /** @description Points the rule asked for: more than `points` when the rule's cap cut the entry (an entry cut to 0 is never put on notice) */
            requestedPoints: number;
            /** @description The rule */
            rule: components["schemas"]["PublicNoticeRuleView"];
            /**
             * @description `noticed`: open to objections; `held`: an objection waits for a reviewer
             * @enum {string}
             */
            status: "noticed" | "held";
            /** @description Village name */
            villageName: string;
        };
        PublicRegionView: {
            /** @description Region id: its board is /board/<id> */
            id: number;
            /**
             * @description Level
             * @enum {string}
             */
            level: "village" | "township";
            /** @description Name */
            name: string;
            /** @description The regions above it, county first, e.g. 示范县 / 东街镇 */
            place: string;
        };
        QuietHoursDto: {
            /**
             * @description From, China time
             * @example 21:30
             */
            from: string;
            /**
             * @description Until, China time (before from: over midnight)
             * @example 07:30
             */
            until: string;
        };
        ReceiptHouseholdView: {
            /** @description The head's name, masked (张*华) as the counter shows it */
            headName: string;
            /** @description Household number in its village */
            householdNo: string;
        };
        RedeemDto: {
            /** @description The household card code scanned at the kiosk (or give householdId) */
            cardCode?: string;
            /** @description The household (or give cardCode) */
            householdId?: number;
            /** @description What is taken, one line per item */
            lines: components["schemas"]["RedemptionLineInput"][];
        };
        RedemptionLineInput: {
            /**
             * @description Units
             * @example 1
             */
            quantity: number;
            /**
             * @description Item code
             * @example RICE-10KG
             */
            sku: string;
        };
        RedemptionLineView: {
            /** @description Line id (for refunds) */
            id: string;
            /** @description Item name */
            name: string;
            /** @description Points of the line */
            points: number;
            /** @description Units */
            quantity: number;
            /** @description Units refunded so far */
            refundedQuantity: number;
            /** @description Item code */
            sku: string;
            /** @description Price per unit in points at the time */
            unitPoints: number;
        };
        RedemptionsReportView: {
            /**
             * @description First month, included
             * @example 2026-01
             */
            from: string;
            /** @description Region covered */
            regionId: number;
            /** @description Its name */
            regionName: string;
            /** @description One row per store and month with redemptions or refunds, by store code then month */
            rows: components["schemas"]["StoreMonthView"][];
            /**
             * @description Last month, included
             * @example 2026-06
             */
            to: string;
            /** @description Sums over the rows */
            totals: components["schemas"]["RedemptionTotalsView"];
        };
        RedemptionTotalsView: {
            /** @description Net points */
            netPoints: number;
            /** @description Net value in fen */
            netValueFen: number;
            /** @description Points redeemed */
            redeemedPoints: number;
            /** @description Value redeemed in fen */
            redeemedValueFen: number;
            /** @description Redemptions */
            redemptions: number;
            /** @description Points refunded */
            refundedPoints: number;
            /** @description Value refunded in fen */
            refundedValueFen: number;
            /** @description Refunds */
            refunds: number;
        };
        RedemptionView: {
            /** @description Balance after (for a fresh redemption; null in listings) */
            balanceAfter: number | null;
            /**
             * Format: date-time
             * @description When
             */
            createdAt: string;
            /** @description The household as the store may see it: on lists and single receipts, not on a fresh sale */
            household?: components["schemas"]["ReceiptHouseholdView"];
            /** @description Household id */
            householdId: number;
            /** @description Redemption id */
            id: string;
            /** @description Lines */
            lines: components["schemas"]["RedemptionLineView"][];
            /** @description Points spent */
            pointsSpent: number;
            /** @description Receipt number: store code, date, sequence */
            receiptNo: string;
            /** @description Refunds made on it */
            refunds: components["schemas"]["RefundView"][];
            /** @description Settlement that covered it */
            settlementId: string | null;
            /** @description Store id */
            storeId: number;
            /** @description Ledger transaction id */
            transactionId: string;
        };
        RefundDto: {
            /** @description Lines to refund; without it, everything not yet refunded */
            lines?: components["schemas"]["RefundLineInput"][];
            /** @description Why the goods came back */
            reason: string;
        };
        RefundLineInput: {
            /** @description Line id of the redemption */
            lineId: string;
            /** @description Units brought back (default: all not yet refunded) */
            quantity?: number;
        };
        RefundLineView: {
            /** @description Line id of the redemption */
            lineId: string;
            /** @description Points given back for them */
            points: number;
            /** @description Units brought back */
            quantity: number;
            /** @description Item code */
            sku: string;
        };
        RefundResult: {
            /** @description Household balance after */
            balanceAfter: number;
            /** @description The refund */
            refund: components["schemas"]["RefundView"];
        };
        RefundView: {
            /** @description Id of that user or kiosk device */
            actorId: number;
            /**
             * @description Who made it: a staff user or a store kiosk
             * @enum {string}
             */
            actorType: "user" | "device";
            /**
             * Format: date-time
             * @description When
             */
            createdAt: string;
            /** @description Refund id */
            id: string;
            /** @description Lines and units refunded */
            lines: components["schemas"]["RefundLineView"][];
            /** @description Points given back */
            points: number;
            /** @description Why */
            reason: string;
            /** @description Redemption id */
            redemptionId: string;
            /** @description Settlement that covered it */
            settlementId: string | null;
            /** @description Store id */
            storeId: number;
            /** @description Ledger transaction id */
            transactionId: string;
        };
        RegionPage: {
            /** @description Regions of this page */
            items: components["schemas"]["RegionView"][];
            /** @description Total matching regions */
            total: number;
        };
        RegionView: {
            /** @description Unique code */
            code: string;
            /**
             * Format: date-time
             * @description When it was created
             */
            createdAt: string;
            /** @description Region id */
            id: number;
            /**
             * @description Level
             * @enum {string}
             */
            level: "county" | "township" | "village" | "grid";
            /** @description Name */
            name: string;
            /** @description Parent region id; null for a county */
            parentId: number | null;
            /** @description Ids from the county down to this region, e.g. /1/4/9/ */
            path: string;
        };
        RejectDto: {
            /** @description Why the claim is rejected (shown to the household) */
            reason: string;
        };
        ResidentHouseholdView: {
            /** @description Card code */
            cardCode: string;
            /** @description Head of household, masked (张*) */
            headNameMasked: string;
            /** @description Household number within the village */
            householdNo: string;
            /** @description Household id (the holder id in household programs) */
            id: number;
            /** @description Village id */
            villageId: number;
            /** @description Village name */
            villageName: string;
        };
        ResidentLoginDto: {
            /**
             * @description Card code of the household (printed on its card or door plate; case, spaces and dashes do not matter)
             * @example K7M2-9QXD-4TPA
             */
            cardCode: string;
            /**
             * @description The PIN the village gave the household: eight digits (six for PINs given before 2027)
             * @example 53071846
             */
            pin: string;
        };
        ResidentLoginResult: {
            /** @description JWT to send as `Authorization: Bearer <token>`; it acts for this household only */
            accessToken: string;
            /** @description Seconds until the token expires */
            expiresIn: number;
            /** @description The household logged in */
            household: components["schemas"]["ResidentHouseholdView"];
        };
        ResidentPinDto: {
            /** @description The household that gets a new PIN */
            householdId: number;
        };
        ReversalDto: {
            /** @description Why the transaction is reversed */
            reason: string;
        };
        ReversalView: {
            /** @description Balance after the reversal */
            balanceAfter: number | null;
            /** @description Holder id */
            holderId: number | null;
            /** @description Id of the reversal transaction */
            id: string;
            /** @description True when the original period was closed and the correction went into the open one */
            late: boolean;
            /** @description Period the reversal counts in */
            period: string;
            /** @description Signed points moved back */
            points: number;
            /** @description Id of the reversed transaction */
            reversesId: string;
        };
        ReviewNoteDto: {
            /** @description A note kept in the history */
            note?: string;
        };
        RuleDetailView: {
            /** @description Code */
            code: string;
            /**
             * Format: date-time
             * @description When the rule was created
             */
            createdAt: string;
            /** @description Current version (the latest) */
            current: components["schemas"]["RuleVersionView"];
            /** @description Regions where the county rule is switched off */
            excludedRegionIds: number[];
            /** @description Rule id (used in awards and deductions) */
            id: number;
            /** @description Program id */
            programId: number;
            /** @description Region the rule is limited to; null for the whole county */
            regionId: number | null;
            /** @description Every version, oldest first */
            versions: components["schemas"]["RuleVersionView"][];
        };
        RuleVersionView: {
            /** @description Its adoption by the villagers’ assembly (村民大会) or representatives’ meeting (村民代表会议); null until recorded. Where the program requires one, a version without it is not used */
            adoption: components["schemas"]["AdoptionView"] | null;
            /**
             * @description Cap period
             * @enum {string|null}
             */
            capPer: "month" | "quarter" | "year" | null;
            /** @description Cap points per holder per period */
            capPoints: number | null;
            /** @description Category */
            category: string;
            /**
             * Format: date-time
             * @description When this version was made
             */
            createdAt: string;
            /** @description Who made this version (user id) */
            createdBy: number | null;
            /** @description First day in force */
            effectiveFrom: string;
            /** @description Last day in force; null while current */
            effectiveTo: string | null;
            /** @description Version id (what entries point at) */
            id: number;
            /** @description Name */
            name: string;
            /** @description Signed points */
            points: number;
            /** @description Rule id */
            ruleId: number;
            /** @description Sanction: the deduction clears the redeemable balance (清零) */
            sanctionClears: boolean;
            /** @description Sanction: months of suspended redemption from the deed */
            sanctionSuspendMonths: number | null;
            /** @description Sanction: redemption suspended through the end of the deed's year plus this many years */
            sanctionSuspendYears: number | null;
            /** @description Version number, from 1 */
            version: number;
        };
        RunView: {
            /**
             * Format: date-time
             * @description When it was queued
             */
            createdAt: string;
            /** @description Entries written */
            entryCount: number;
            /** @description Why it failed */
            failureReason: string | null;
            /**
             * Format: date-time
             * @description When it ended
             */
            finishedAt: string | null;
            /** @description Run id */
            id: string;
            /** @description The program's levels when the run was queued, where they count its period (yearly levels: year runs); else null */
            levels: components["schemas"]["LevelDto"][] | null;
            /** @description Period */
            period: string;
            /** @description Program */
            programId: number;
            /** @description Per cent done */
            progress: number;
            /**
             * Format: date-time
             * @description When it was published (null: a draft)
             */
            publishedAt: string | null;
            /** @description Why this version was run */
            reason: string | null;
            /** @description Region ranked */
            regionId: number;
            /**
             * Format: date-time
             * @description When it started
             */
            startedAt: string | null;
            /**
             * @description queued, running, completed, failed or superseded
             * @enum {string}
             */
            status: "queued" | "running" | "completed" | "failed" | "superseded";
            /**
             * @description `household`: the program's holders; `member`: household members (最美居民)
             * @enum {string}
             */
            subject: "household" | "member";
            /** @description Version (a rerun after publishing is the next) */
            version: number;
        };
        SanctionDto: {
            /**
             * @description The deduction also clears the redeemable balance (清零): everything above the base points goes with it
             * @default false
             */
            clearRedeemable: boolean;
            /**
             * @description Redemption is suspended for this many months from the deed (1-120)
             * @example 6
             */
            suspendMonths?: number;
            /**
             * @description Redemption is suspended through the end of the deed's year (0) or of a later year (1: 取消当年和次年积分兑换资格), 0-5
             * @example 1
             */
            suspendYears?: number;
        };
        SecurityAlarmView: {
            /** @description Cards with a wrong PIN in the hour before */
            cards: number;
            /** @description Alarm id */
            id: number;
            /**
             * @description `pin_guessing`: wrong resident PINs on many cards of the county within an hour (someone may be guessing PINs)
             * @enum {string}
             */
            kind: "pin_guessing";
            /**
             * Format: date-time
             * @description When it was raised
             */
            raisedAt: string;
            /** @description The count of cards that raises it */
            threshold: number;
        };
        SessionDeviceView: {
            /** @description Device id */
            id: number;
            /**
             * @description Name of the kiosk
             * @example 收银台1
             */
            name: string;
        };
        SessionStoreView: {
            /** @description Unique store code */
            code: string;
            /** @description Store id */
            id: number;
            /** @description Name */
            name: string;
            /** @description Program spent here */
            programId: number | null;
            /** @description Name of that program */
            programName: string | null;
            /** @description Refund window in days (a counter refunds only today’s receipts) */
            refundWindowDays: number;
            /** @description Region served */
            regionId: number;
            /** @description Name of the region served */
            regionName: string;
        };
        SettleDto: {
            /**
             * Format: date-time
             * @description Settle what was redeemed up to this instant (default: now)
             */
            upTo?: string;
        };
        SettledView: {
            /** @description Points settled */
            points: number;
            /** @description Settlements of the region's stores */
            settlements: number;
            /** @description Net points redeemed and not settled yet */
            unsettledPoints: number;
            /** @description Their value in fen */
            unsettledValueFen: number;
            /** @description Value settled in fen (at the point value of each settlement) */
            valueFen: number;
        };
        SettlementView: {
            /**
             * Format: date-time
             * @description When
             */
            createdAt: string;
            /** @description Settlement id */
            id: string;
            /** @description Points settled (redeemed minus refunded) */
            points: number;
            /** @description Fen per point used */
            pointValueFen: number;
            /** @description Program id */
            programId: number;
            /** @description Redemptions covered */
            redemptionCount: number;
            /** @description Refunds covered */
            refundCount: number;
            /** @description Store id */
            storeId: number;
            /** @description Ledger transaction id (null when nothing was settled) */
            transactionId: string | null;
            /**
             * Format: date-time
             * @description Covers what happened up to this instant
             */
            upTo: string;
            /** @description Value in fen to reimburse to the store */
            valueFen: number;
        };
        ShelfItemView: {
            /** @description Limit per household; null when unlimited */
            limit: components["schemas"]["ItemLimitView"] | null;
            /** @description Name */
            name: string;
            /** @description Price in points */
            pointsPrice: number;
            /** @description Units this household may still take under the limit; null when unlimited */
            remaining: number | null;
            /** @description Item code */
            sku: string;
            /** @description Units in stock; null when stock is not tracked */
            stock: number | null;
        };
        StaffActivityReportView: {
            /** @description The county's security alarms of the last 90 days, newest first (at most 20): for the auditor to look into */
            alarms: components["schemas"]["SecurityAlarmView"][];
            /**
             * @description The period
             * @example 2026-Q3
             */
            period: string;
            /** @description Program */
            programId: number;
            /** @description Region covered (the households the entries went to) */
            regionId: number;
            /** @description Its name */
            regionName: string;
            /** @description Outliers first: entries to their own or related households, then the top-3 share, then absolute points, then user id */
            users: components["schemas"]["StaffActivityUserView"][];
        };
        StaffActivityUserView: {
            /** @description Awarded plus deducted points as absolute values */
            absolutePoints: number;
            /** @description Points awarded */
            awardPoints: number;
            /** @description Awards among them */
            awards: number;
            /**
             * Format: date-time
             * @description When the user last declared their own and related households; null: never
             */
            declaredAt: string | null;
            /** @description Points deducted (negative) */
            deductionPoints: number;
            /** @description Deductions among them */
            deductions: number;
            /** @description Display name */
            displayName: string;
            /** @description Awards and deductions made by the user in the period */
            entries: number;
            /** @description Households the entries went to */
            households: number;
            /** @description Entries the user made to their own or a related household (as declared now) */
            ownHouseholdEntries: number;
            /** @description The household the user lives in, as declared (or recorded by a manager); null: none of the county's, or nothing declared */
            ownHouseholdId: number | null;
            /** @description Their points (signed) */
            ownHouseholdPoints: number;
            /** @description The related households (亲属户) the user declared, ascending */
            relatedHouseholdIds: number[];
            /** @description Role */
            role: string;
            /** @description Per rule, most entries first */
            rules: components["schemas"]["StaffRuleView"][];
            /** @description Absolute points that went to the 3 households that got the most from the user */
            top3Points: number;
            /** @description top3Points / absolutePoints in percent, 2 decimals */
            top3SharePercent: number | null;
            /** @description Staff user id */
            userId: number;
            /** @description User name */
            username: string;
        };
        StaffHouseholdDto: {
            /** @description The household the staff user lives in; null when none */
            householdId: number | null;
        };
        StaffHouseholdView: {
            /** @description The household the user lives in */
            householdId: number | null;
            /** @description The declaration that holds now (`GET /users/{id}/declaration`); null when nothing is recorded */
            id: number | null;
            /** @description Staff user id */
            userId: number;
        };
        StaffRuleView: {
            /** @description Rule category */
            category: string | null;
            /** @description Entries the user made under it */
            entries: number;
            /** @description Households they went to */
            households: number;
            /** @description Their points (signed) */
            points: number;
            /** @description Rule code */
            ruleCode: string | null;
            /** @description Rule id */
            ruleId: number | null;
            /** @description Rule name (its latest version) */
            ruleName: string | null;
        };
        StatementLineView: {
            /** @description Balance after this line */
            balanceAfter: number;
            /** @description Cut by a cap or by the zero floor */
            capped: boolean;
            /** @description Its period: month, quarter or year */
            capPer: string | null;
            /** @description The applied rule's cap per holder and period, if any (why a capped line got less than requestedPoints) */
            capPoints: number | null;
            /** @description The claim (申报) it was approved from */
            claimId: string | null;
            /** @description Evidence links */
            evidence: string[];
            /** @description Photos: of the claim it came from, or uploaded with the staff entry (GET /api/v1/evidence/{id}/thumbnail) */
            evidenceIds: number[];
            /** @description A correction of a closed period booked into this one */
            late: boolean;
            /** @description Member who did the deed */
            memberId: number | null;
            /** @description Name of that member */
            memberName: string | null;
            /** @description Memo */
            memo: string | null;
            /** @description The public notice (公示) it was confirmed from */
            noticeId: string | null;
            /** @description Day of the deed */
            occurredOn: string;
            /** @description Who recorded it */
            operator: components["schemas"]["OperatorView"];
            /** @description Period it counts in */
            period: string;
            /** @description Signed points on the balance */
            points: number;
            /** @description Posting id (the cursor) */
            postingId: string;
            /** @description Reason (deductions, reversals) */
            reason: string | null;
            /**
             * Format: date-time
             * @description When it was booked
             */
            recordedAt: string;
            /** @description The day it was booked (YYYY-MM-DD, the program's timezone): lines come newest booked first; a deed's day (occurredOn) may be earlier */
            recordedOn: string;
            /** @description Points the rule asked for */
            requestedPoints: number | null;
            /** @description The reversal of this transaction, if any */
            reversedById: string | null;
            /** @description The transaction this one reverses */
            reversesId: string | null;
            /** @description Rule applied */
            rule: components["schemas"]["StatementRuleView"] | null;
            /** @description Transaction id */
            transactionId: string;
            /**
             * @description The transaction type
             * @enum {string}
             */
            type: "opening" | "award" | "deduction" | "reversal" | "redemption" | "refund" | "settlement" | "expiry";
        };
        StatementProofsResponse: {
            /** @description The holder's account: its postings are the statement's lines */
            accountId: string;
            /** @description The county's latest signed head; null before the first */
            head: components["schemas"]["TreeHeadResponse"] | null;
            /** @description One per asked transaction that is on the holder's account */
            items: components["schemas"]["LineProofResponse"][];
            /** @description The public key that signed it (32 raw bytes, base64) */
            publicKey: string | null;
        };
        StatementResponse: {
            /** @description Lines, newest first */
            items: components["schemas"]["StatementLineView"][];
            /** @description Cursor for the next page; null at the end */
            nextCursor: string | null;
        };
        StatementRuleView: {
            /** @description Category */
            category: string;
            /** @description Rule code */
            code: string;
            /** @description Rule id */
            id: number;
            /** @description Rule name of the version applied */
            name: string;
            /** @description Rule version number applied */
            version: number;
            /** @description Rule version id applied */
            versionId: number;
        };
        StockLineView: {
            /** @description Offered at the moment */
            active: boolean;
            /** @description At or below the threshold */
            low: boolean;
            /** @description Low-stock threshold */
            lowStockAt: number;
            /** @description Name */
            name: string;
            /** @description Price in points */
            pointsPrice: number;
            /** @description Item code */
            sku: string;
            /** @description Units in stock; null when not tracked */
            stock: number | null;
        };
        StockMovementDto: {
            /**
             * @description Who paid for a restock (required when quantity > 0)
             * @enum {string}
             */
            fundingSource?: "donation" | "village_fund" | "township_fund" | "county_fund" | "enterprise" | "other";
            /**
             * @description Positive to restock, negative to adjust down (breakage, expiry, count correction)
             * @example 20
             */
            quantity: number;
            /**
             * @description Why
             * @example 爱心企业捐赠
             */
            reason: string;
            /** @description Item code */
            sku: string;
        };
        StockMovementView: {
            /** @description User or device id */
            actorId: number | null;
            /**
             * @description Who moved it: user, device or system
             * @enum {string}
             */
            actorType: "user" | "device" | "system";
            /**
             * Format: date-time
             * @description When
             */
            createdAt: string;
            /**
             * @description Who paid for a restock
             * @enum {string|null}
             */
            fundingSource: "donation" | "village_fund" | "township_fund" | "county_fund" | "enterprise" | "other" | null;
            /** @description Movement id */
            id: string;
            /** @description Item id */
            itemId: number;
            /**
             * @description initial, restock, adjustment, redemption or refund
             * @enum {string}
             */
            kind: "initial" | "restock" | "adjustment" | "redemption" | "refund";
            /** @description Signed quantity */
            quantity: number;
            /** @description Why */
            reason: string | null;
            /** @description The redemption (or its refund) that moved the stock */
            redemptionId: string | null;
            /** @description Stock after the movement */
            stockAfter: number;
            /** @description Store id */
            storeId: number;
        };
        StockSourceView: {
            /**
             * @description Funding source of the goods (a stock movement's funding_source; 'unspecified' when none)
             * @example donation
             */
            fundingSource: string;
            /**
             * @description The source in Chinese
             * @example 社会捐赠
             */
            fundingSourceName: string;
            /** @description Their points price */
            points: number;
            /** @description Units on the shelves attributed to the source (latest receipts first) */
            quantity: number;
            /** @description Their value in fen (points × point value) */
            valueFen: number;
        };
        StockTotalView: {
            /** @description Their points price */
            points: number;
            /** @description Units on the shelves */
            quantity: number;
            /** @description Their value in fen */
            valueFen: number;
        };
        StoreMonthView: {
            /**
             * @description Month (YYYY-MM) in the store program timezone
             * @example 2026-07
             */
            month: string;
            /** @description Redeemed minus refunded points */
            netPoints: number;
            /** @description Net value in fen */
            netValueFen: number;
            /** @description Fen per point of the store's program */
            pointValueFen: number;
            /** @description Points spent by those redemptions */
            redeemedPoints: number;
            /** @description Their value in fen (points × point value) */
            redeemedValueFen: number;
            /** @description Redemptions made in the month */
            redemptions: number;
            /** @description Points given back by those refunds */
            refundedPoints: number;
            /** @description Their value in fen */
            refundedValueFen: number;
            /** @description Refunds made in the month (of redemptions of any month) */
            refunds: number;
            /** @description Store code */
            storeCode: string;
            /** @description Store id */
            storeId: number;
            /** @description Store name */
            storeName: string;
        };
        StorePage: {
            /** @description Stores of this page */
            items: components["schemas"]["StoreView"][];
            /** @description Total stores in your subtree */
            total: number;
        };
        StoreView: {
            /** @description Unique store code */
            code: string;
            /**
             * Format: date-time
             * @description When it was created
             */
            createdAt: string;
            /** @description Store id */
            id: number;
            /** @description Name */
            name: string;
            /** @description Program spent here */
            programId: number | null;
            /** @description Refund window in days */
            refundWindowDays: number;
            /** @description Region served */
            regionId: number;
        };
        TencentSettingsDto: {
            /**
             * @description API endpoint (default https://sms.tencentcloudapi.com)
             * @example https://sms.tencentcloudapi.com
             */
            endpoint?: string;
            /**
             * @description Region (default ap-guangzhou)
             * @example ap-guangzhou
             */
            region?: string;
            /**
             * @description SmsSdkAppId
             * @example 1400000000
             */
            sdkAppId: string;
            /** @description SecretId of a CAM key with SMS rights */
            secretId: string;
            /** @description SecretKey of that key: sealed, never shown again */
            secretKey: string;
            /**
             * @description The approved SMS signature (签名)
             * @example 某某县道德银行
             */
            signName: string;
            /**
             * @description Approved template id per message template (claim.approved, claim.rejected, entry.noticed, objection.upheld, objection.dismissed, sanction.imposed, sanction.lifted, redemption.made, expiry.reminder); a message without one is not sent by SMS
             * @example {
             *       "entry.noticed": "1234567"
             *     }
             */
            templates: {
                [key: string]: string;
            };
        };
        TierDto: {
            /** @description Ranks up to this one (inclusive) get this weight */
            uptoRank: number;
            /** @description Relative weight of the tier */
            weight: number;
        };
        TreeHeadResponse: {
            /** @description The county whose log it is */
            countyId: number;
            /** @description Short fingerprint to compare by eye, e.g. 3F9A-C2D1 (first 8 hex digits of SHA-256 of the head text) */
            fingerprint: string;
            /** @description Id of the county key that signed it */
            keyId: string;
            /**
             * @description Why it was signed
             * @enum {string}
             */
            reason: "daily" | "period_close" | "manual";
            /** @description Root hash (RFC 9162), 64 lower-case hex digits */
            rootHash: string;
            /** @description Ed25519 signature of the head text (docs/transparency.md), base64 */
            signature: string;
            /** @description When it was signed (ISO 8601, UTC, milliseconds): part of the signed text */
            signedAt: string;
            /** @description Leaves in the log at this head */
            treeSize: number;
        };
        TreeHeadsResponse: {
            /** @description The county */
            countyId: number;
            /** @description Heads, newest first (one page) */
            items: components["schemas"]["TreeHeadResponse"][];
            /** @description The county's signing keys, newest first */
            keys: components["schemas"]["CountyKeyResponse"][];
            /** @description The latest head */
            latest: components["schemas"]["TreeHeadResponse"] | null;
            /** @description How many heads there are in all */
            total: number;
        };
        UpdateChannelDto: {
            /** @description New limit per household a day */
            dailyLimit?: number;
            /** @description false: deliver nothing more (queued messages fail as CHANNEL_DISABLED) */
            enabled?: boolean;
            /** @description Name for people */
            name?: string;
            /** @description New quiet hours; null: none */
            quietHours?: components["schemas"]["QuietHoursDto"] | null;
            /** @description tencent_sms: the template ids, replacing them all */
            templates?: {
                [key: string]: string;
            };
        };
        UpdateHouseholdDto: {
            /** @description Address */
            address?: string;
            /** @description The grid (网格 / 村民小组) of its village; null takes it out of any */
            gridId?: number | null;
            /** @description Name of the head of household */
            headName?: string;
            /** @description Contact phone; stored only masked and hashed */
            phone?: string;
        };
        UpdateItemDto: {
            /** @description Offer it or take it off the shelf */
            active?: boolean;
            /** @description New per-household limit; null removes it */
            limit?: components["schemas"]["ItemLimitDto"] | null;
            /** @description New low-stock threshold */
            lowStockAt?: number;
            /** @description New name */
            name?: string;
            /** @description New price in points (past redemptions keep theirs) */
            pointsPrice?: number;
        };
        UpdateProgramDto: {
            /**
             * @description Whether public boards show each village's black list (黑榜: the households with most points deducted in the period)
             * @default false
             */
            blackList: boolean;
            /** @description Days after the deed within which it may be claimed (1-365); null: no limit */
            claimWindowDays?: number | null;
            /**
             * @description Whether village clerks may review claims, besides reviewers and managers
             * @default false
             */
            clerksReview: boolean;
            /** @description Households on each village honour list */
            honourTopN?: number;
            /**
             * @description What levels count: points earned in the program period (quarter or month) or in the calendar year, in the program timezone
             * @default year
             * @enum {string}
             */
            levelPeriod: "period" | "year";
            /** @description Levels (星级文明户) by points earned in the level period, by strictly increasing minPoints, names unique; at most 10; [] removes them */
            levels?: components["schemas"]["LevelDto"][];
            /**
             * @description Households on each red and black list (ties at the cut-off all shown)
             * @default 10
             */
            listSize: number;
            /** @description New name */
            name?: string;
            /** @description Village programs: the household program whose awards count as participation (null: none) */
            participationProgramId?: number | null;
            /** @description Village programs: points added when every household of the village had an award in the period (pro rata) */
            participationWeight?: number;
            /**
             * @description Days an approved claim or a staff award or deduction stays on the public notice board (公示), open to objections, before it posts (0-30; 0 posts at once)
             * @default 0
             */
            publicityDays: number;
            /**
             * @description Household names on public boards: masked (张*) or full
             * @enum {string}
             */
            publicNames?: "masked" | "full";
            /** @description Whether public boards list households with deductions in the period */
            publishDeductions?: boolean;
            /**
             * @description Whether public boards show each village's red list (红榜: the households that earned most in the period)
             * @default false
             */
            redList: boolean;
            /**
             * @description Whether staff must declare the household they live in and their related households (利益冲突申报, `PUT /users/me/declaration`) before they award, deduct, review claims or decide objections here (403 `COI_UNDECLARED`); declared households are refused either way
             * @default true
             */
            requireCoiDeclaration: boolean;
            /**
             * @description Whether a rule version takes effect only once its adoption by the villagers’ assembly or representatives’ meeting is recorded (`POST …/rules/:ruleId/versions/:version/adoption`); awards, deductions and claims with a version without one are refused (422 `RULE_NOT_ADOPTED`)
             * @default false
             */
            requireRuleAdoption: boolean;
            /** @description Day of the month after a period ends to close it and run rankings (1-28); null removes the schedule */
            scheduleDay?: number | null;
            /**
             * @description Hour of that day, in the program timezone
             * @default 2
             */
            scheduleHour: number;
            /** @description Claims for more points than this need a second, different reviewer; null: one reviewer suffices */
            secondReviewAbove?: number | null;
        };
        UpdateRuleDto: {
            /** @description New cap; null removes it */
            cap?: components["schemas"]["CapDto"] | null;
            /** @description New category */
            category?: string;
            /** @description First day the new version applies (default: today); earlier entries keep the old version */
            effectiveFrom?: string;
            /** @description New name */
            name?: string;
            /** @description New signed points (same sign as before) */
            points?: number;
            /** @description New sanction (deduction rules only); null removes it */
            sanction?: components["schemas"]["SanctionDto"] | null;
        };
        UpdateStoreDto: {
            /** @description New name */
            name?: string;
            /** @description The household points program spent here */
            programId?: number;
            /** @description Refund window in days */
            refundWindowDays?: number;
        };
        UpdateUserDto: {
            /** @description false disables the login at once */
            active?: boolean;
            /** @description New display name */
            displayName?: string;
            /** @description New password, at least 8 characters */
            password?: string;
        };
        UserListItemView: {
            /** @description Whether the user may log in */
            active: boolean;
            /**
             * Format: date-time
             * @description When the user was created
             */
            createdAt: string;
            /** @description Display name */
            displayName: string;
            /** @description User id */
            id: number;
            /**
             * Format: date-time
             * @description Last successful login
             */
            lastLoginAt: string | null;
            /** @description Region of the user; null for a platform operator */
            regionId: number | null;
            /** @description Name of the user's region; null for a platform operator */
            regionName: string | null;
            /**
             * @description Role
             * @enum {string}
             */
            role: "county_admin" | "township_officer" | "village_clerk" | "reviewer" | "store_operator" | "auditor" | "platform_operator";
            /** @description Login name */
            username: string;
        };
        UserPage: {
            /** @description Users of this page, oldest account first */
            items: components["schemas"]["UserListItemView"][];
            /** @description Total matching users */
            total: number;
        };
        UserView: {
            /** @description Whether the user may log in */
            active: boolean;
            /**
             * Format: date-time
             * @description When the user was created
             */
            createdAt: string;
            /** @description Display name */
            displayName: string;
            /** @description User id */
            id: number;
            /**
             * Format: date-time
             * @description Last successful login
             */
            lastLoginAt: string | null;
            /** @description Region of the user; null for a platform operator */
            regionId: number | null;
            /**
             * @description Role
             * @enum {string}
             */
            role: "county_admin" | "township_officer" | "village_clerk" | "reviewer" | "store_operator" | "auditor" | "platform_operator";
            /** @description Login name */
            username: string;
        };
        VillageHonoursView: {
            /** @description 黑榜: the listSize households with most points deducted in the period, most first, rank by points deducted (ties share it); null when the program does not show it */
            blackList: components["schemas"]["PublicEntryView"][] | null;
            /** @description 道德冠军: the households ranked first in the village (ties share it) */
            champions: components["schemas"]["PublicEntryView"][];
            /** @description Households with deductions in the period; null when the program does not publish them */
            deductions: components["schemas"]["PublicEntryView"][] | null;
            /** @description The top N households of the village (the program's honourTopN) */
            honourList: components["schemas"]["PublicEntryView"][];
            /** @description Households of the village at each level of the run, lowest level first; null when the run has no levels */
            levelCounts: components["schemas"]["LevelCountView"][] | null;
            /** @description 红榜: the listSize households that earned most in the period (ties at the cut-off included); null when the program does not show it */
            redList: components["schemas"]["PublicEntryView"][] | null;
            /** @description Village id */
            villageId: number;
            /** @description Village name */
            villageName: string;
        };
        WithdrawAnnouncementDto: {
            /**
             * @description Why it is taken down (kept, shown to staff)
             * @example 时间有变，另行通知
             */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
    RankingsController_listPlans: {
        parameters: {
            query: {
                /** @description The run whose plans are listed */
                runId: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plans */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_createPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            /** @description The plan, stored */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ALLOCATION_INFEASIBLE`: The budget cannot be split within the minimum and maximum; `NOT_A_VILLAGE_RANKING`: Project money is allocated over a village ranking; `RUN_NOT_PUBLISHED`: Allocation plans need a published ranking */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_planCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan as CSV (UTF-8 with BOM), a header row first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_planXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan as an .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_previewPlan: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreatePlanDto"];
            };
        };
        responses: {
            /** @description The plan as it would be stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlanPreviewView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ALLOCATION_INFEASIBLE`: The budget cannot be split within the minimum and maximum; `NOT_A_VILLAGE_RANKING`: Project money is allocated over a village ranking; `RUN_NOT_PUBLISHED`: Allocation plans need a published ranking */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AnnouncementsController_list: {
        parameters: {
            query?: {
                /** @description Page size (default 20) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Only those published to this region or below it (default: your whole area) */
                regionId?: number;
                /** @description scheduled (not yet shown), current, ended, withdrawn */
                state?: "scheduled" | "current" | "ended" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of announcements */
            200: {
                headers: {
                    /** @description How many match the filters in all (the array is one page of them) */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AnnouncementsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateAnnouncementDto"];
            };
        };
        responses: {
            /** @description The announcement */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AnnouncementsController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["WithdrawAnnouncementDto"];
            };
        };
        responses: {
            /** @description The announcement, withdrawn */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AnnouncementView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ANNOUNCEMENT_WITHDRAWN`: The announcement has been withdrawn already */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The clients */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"][];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateClientDto"];
            };
        };
        responses: {
            /** @description The client and its secret */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedSecretView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ALREADY_REVOKED`: It is already revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_addSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client and the new secret, shown once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IssuedSecretView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ALREADY_REVOKED`: It is already revoked; `TOO_MANY_SECRETS`: A client has at most two secrets at a time; revoke the old one first */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_revokeSecret: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                secretId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The client */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClientView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                /** @description Only this action, as entries name it: the method and route, e.g. `POST /api/v1/programs/:id/awards`, or `ALARM pin_guessing` */
                action?: string;
                /** @description Only this staff user */
                actorId?: number;
                /** @description Cursor: entries older than this id (the last id of the previous page) */
                before?: string;
                /** @description Only changes to this kind of resource: the first part of the route after /api/v1/, e.g. `households`, `users`, `auth` (log-ins) */
                entity?: string;
                /** @description From this time (inclusive), ISO 8601 */
                from?: string;
                /** @description Page size */
                limit?: number;
                /** @description Entries to skip, newest first (after the cursor, if one is given) */
                offset?: number;
                /** @description Only successes, or only failures (refused or failed requests) */
                outcome?: "success" | "failure";
                /** @description Free text, case-insensitive: part of the actor name (username, device name or card code), the requested URL, the request id, the resource id or the error code */
                q?: string;
                /** @description Until this time (exclusive), ISO 8601 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AuditEntryView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            /** @description A token and the user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResult"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_CREDENTIALS`: Wrong username or password */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The caller */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MeView"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_resident: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The household */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentHouseholdView"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AuthController_residentLogin: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentLoginDto"];
            };
        };
        responses: {
            /** @description A token and the household */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ResidentLoginResult"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_PIN`: Wrong card code or PIN; `PIN_NOT_SET`: This household has no PIN yet; ask the village committee for one */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `CARD_LOCKED`: Too many wrong PINs: the card is locked until {untilLocal}; `CARD_LOCKED_UNTIL_RESET`: Too many wrong PINs: the card is locked until the village committee sets a new PIN; `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ClaimsController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Staff: a region of your reach (default: your own) */
                regionId?: number;
                /** @description Staff: status (default: submitted and seconding, the review queue) */
                status?: "submitted" | "seconding" | "approved" | "rejected";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of claims */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ClaimsController_file: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["FileClaimDto"];
            };
        };
        responses: {
            /** @description The claim, submitted */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `CLAIM_WINDOW_PASSED`: Deeds older than {days} days cannot be claimed; `EVIDENCE_NOT_USABLE`: The photo {evidenceId} cannot be used here (it must be of the holder's village and one you may see); `MEMBER_NOT_IN_HOUSEHOLD`: The member does not belong to the household; `NOT_CLAIMABLE`: Claims are for households, by rules that award points; `OCCURRED_ON_IN_FUTURE`: occurredOn cannot be in the future; `PERIOD_CLOSED`: The period {period} is closed; `RULE_NOT_ADOPTED`: Version {version} of the rule has not been adopted by the villagers’ assembly or representatives’ meeting and cannot be used yet; `RULE_NOT_APPLICABLE`: The rule does not apply to these holders; `RULE_NOT_EFFECTIVE`: The rule was not in force on {occurredOn} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ClaimsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The claim and its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimDetailView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ClaimsController_approve: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReviewNoteDto"];
            };
        };
        responses: {
            /** @description The claim, approved (or seconding: waiting for a second reviewer) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `COI_UNDECLARED`: Declare the household you live in and your related households (conflict of interest) before entering or reviewing points; `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region; `OWN_HOUSEHOLD`: Nobody approves, awards, deducts or decides objections for themselves, their own household or a related household; `SAME_REVIEWER`: Another reviewer must decide this; `SELF_REVIEW`: Nobody reviews a claim they filed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `CLAIM_DECIDED`: The claim is already decided ({status}) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PERIOD_CLOSED`: The period {period} is closed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ClaimsController_reject: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RejectDto"];
            };
        };
        responses: {
            /** @description The claim, rejected */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ClaimView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `COI_UNDECLARED`: Declare the household you live in and your related households (conflict of interest) before entering or reviewing points; `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region; `OWN_HOUSEHOLD`: Nobody approves, awards, deducts or decides objections for themselves, their own household or a related household; `SELF_REVIEW`: Nobody reviews a claim they filed */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `CLAIM_DECIDED`: The claim is already decided ({status}) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DevicesController_me: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The kiosk and its store */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceSessionView"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_mappings: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The mappings */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MappingView"][];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_setMapping: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["MappingDto"];
            };
        };
        responses: {
            /** @description The mapping */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MappingView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_A_HOUSEHOLD_PROGRAM`: Only household programs can be used here */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_removeMapping: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EvidenceController_upload: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description Multipart form: the photo as field `file`, and `villageId` for staff */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description One photo: JPEG, PNG or WebP, judged by its content (not its name or declared type)
                     */
                    file: string;
                    /** @description Village the photo belongs to: required for staff, optional for a resident (its household's village) */
                    villageId?: number;
                };
            };
        };
        responses: {
            /** @description The stored evidence */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceViewDto"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `EVIDENCE_NOT_AN_IMAGE`: Only JPEG, PNG or WebP photos can be uploaded; `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `EVIDENCE_UNREADABLE`: The photo cannot be read: it is damaged or has too many pixels; `NOT_A_VILLAGE`: Households belong to a village or community */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EvidenceController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The evidence */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EvidenceViewDto"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EvidenceController_image: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The stored image, without metadata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    EvidenceController_thumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail, without metadata */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_householdMessages: {
        parameters: {
            query?: {
                /** @description Messages older than this id (the `nextBefore` of the page before) */
                before?: string;
                /** @description Page size (default 20) */
                limit?: number;
            };
            header?: never;
            path: {
                householdId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages; staff also see what each channel did */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagesPage"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HouseholdsController_list: {
        parameters: {
            query?: {
                /** @description Only this grid (网格 / 村民小组) */
                gridId?: number;
                /** @description Page size */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Search: household number, head name (prefix) or card code */
                q?: string;
                /** @description Only this village */
                villageId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of households */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdPage"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HouseholdDetailsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateHouseholdDto"];
            };
        };
        responses: {
            /** @description The household with its members and balances */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDetailView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `DUPLICATE_HOUSEHOLD_NO`: Household number {householdNo} already exists in this village */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_A_VILLAGE`: Households belong to a village or community */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HouseholdDetailsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The household */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDetailView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HouseholdDetailsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateHouseholdDto"];
            };
        };
        responses: {
            /** @description The household, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDetailView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `DUPLICATE_HOUSEHOLD_NO`: Household number {householdNo} already exists in this village */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HouseholdDetailsController_byCard: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Staff: the household with members and balances (`HouseholdDetailView`). A kiosk or a store operator (what a counter needs): its id, numbers and the head name masked (`KioskHouseholdView`) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdDetailView"] | components["schemas"]["KioskHouseholdView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HouseholdsController_importFile: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** @description An Excel/WPS workbook (.xlsx, first visible sheet) or CSV (UTF-8 with or without BOM, or GB18030/GBK), as multipart field `file` or as the body (text/csv or the .xlsx media type). The file is recognised by its content, not its name; the old .xls format is refused (415). Header row required; columns: villageCode/村代码, householdNo/户号, headName/户主 (required), address/地址, phone/电话, memberName/成员姓名, relation/与户主关系, idNumber/身份证号. */
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
                    /** Format: binary */
                    file?: string;
                };
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
                "text/csv": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description The import is queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `IMPORT_EMPTY`: The import file is empty or has no header; `IMPORT_MISSING_COLUMNS`: The import file lacks columns: {columns}; `IMPORT_TOO_LARGE`: The import file is too large (at most {maxRows} rows, a workbook at most {maxUnpackedMb} MB unpacked); split it into several files; `IMPORT_UNREADABLE`: The spreadsheet cannot be read; save it again as .xlsx or CSV */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HouseholdsController_getImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ImportView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_events: {
        parameters: {
            query?: {
                /** @description Only the events of this client */
                clientId?: number;
                /** @description Page size (default 20) */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description dead: the dead-letter list */
                status?: "accepted" | "dead" | "dismissed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    /** @description How many match the filters in all (the array is one page of them) */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_receive: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique id of this request; the same id again is refused as a replay */
                "webhook-id": string;
                /** @description v1,<base64 HMAC-SHA256 of "id.timestamp.body">, Standard Webhooks; several separated by spaces */
                "webhook-signature": string;
                /** @description Unix seconds; at most 5 minutes from the server clock */
                "webhook-timestamp": string;
                /** @description The client's key id (gp_…) */
                "X-Client-Id": string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["IntegrationBatchDto"];
            };
        };
        responses: {
            /** @description One result per event, in order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["IntegrationBatchResponse"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `CLIENT_REVOKED`: The API client has been revoked; `REQUEST_EXPIRED`: The request timestamp (webhook-timestamp) is more than 5 minutes from the server time; `SIGNATURE_INVALID`: Invalid signature: an unknown X-Client-Id, or a signature that does not match the request */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `REQUEST_REPLAYED`: This request (webhook-id {webhookId}) was received before */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_dismiss: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DismissEventDto"];
            };
        };
        responses: {
            /** @description The event */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `EVENT_NOT_DEAD`: The event is not in the dead-letter list (status {status}) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    IntegrationController_replay: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EventResultView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `EVENT_CLIENT_REVOKED`: The client that sent the event is revoked; it cannot be replayed; `EVENT_NOT_DEAD`: The event is not in the dead-letter list (status {status}) */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LedgerViewsController_check: {
        parameters: {
            query?: {
                /** @description Check one program only */
                programId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The result of the check (ok false lists what is wrong) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerCheckResponse"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_countyMessages: {
        parameters: {
            query?: {
                /** @description Messages older than this id (the `nextBefore` of the page before) */
                before?: string;
                /** @description Only the messages of this household */
                householdId?: number;
                /** @description Page size (default 20) */
                limit?: number;
                /** @description Only messages with a delivery in this state */
                status?: "queued" | "sent" | "failed";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of messages */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MessagesPage"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicityController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description A region of your reach (default: your own) */
                regionId?: number;
                /** @description Status (default: noticed and held) */
                status?: "noticed" | "held" | "posted" | "voided";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notices, deadline first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicityController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The notice, its objections and its history */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["NoticeDetailView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicityController_object: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ObjectDto"];
            };
        };
        responses: {
            /** @description The objection, open */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ObjectionCreatedView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `OBJECTION_EXISTS`: This household has already objected to this notice */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOTICE_CLOSED`: The notice period is over; objections are closed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_channels: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The channels */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelView"][];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_createChannel: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateChannelDto"];
            };
        };
        responses: {
            /** @description The channel; a webhook's signing secret is in `secret`, this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_updateChannel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateChannelDto"];
            };
        };
        responses: {
            /** @description The channel */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ChannelView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_contact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                householdId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The number, masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_setContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                householdId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ContactDto"];
            };
        };
        responses: {
            /** @description The number, masked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ContactView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    NotificationsController_removeContact: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                householdId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Forgotten */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicityController_decide: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionDto"];
            };
        };
        responses: {
            /** @description The decision and the notice after it */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DecisionView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `COI_UNDECLARED`: Declare the household you live in and your related households (conflict of interest) before entering or reviewing points; `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region; `OWN_HOUSEHOLD`: Nobody approves, awards, deducts or decides objections for themselves, their own household or a related household; `SAME_REVIEWER`: Another reviewer must decide this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `OBJECTION_DECIDED`: The objection is already decided */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The programs */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"][];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateProgramDto"];
            };
        };
        responses: {
            /** @description The program */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `DUPLICATE_CODE`: The code {code} is already in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_A_COUNTY`: A program belongs to a county */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The program */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateProgramDto"];
            };
        };
        responses: {
            /** @description The program, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProgramView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AwardsController_award: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response (Idempotent-Replayed: true); a different body gets 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostEntriesDto"];
            };
        };
        responses: {
            /** @description One result per holder (a replay answers the first response again, with `Idempotent-Replayed: true`) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostEntriesResponse"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `COI_UNDECLARED`: Declare the household you live in and your related households (conflict of interest) before entering or reviewing points; `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region; `OWN_HOUSEHOLD`: Nobody approves, awards, deducts or decides objections for themselves, their own household or a related household */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FILTER_COUNT_CHANGED`: The filter now matches {actual} households, not the {expected} confirmed: confirm again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `EVIDENCE_NOT_USABLE`: The photo {evidenceId} cannot be used here (it must be of the holder's village and one you may see); `HOLDER_FILTER_EMPTY`: No household matches the filter; `HOLDER_FILTER_TOO_BROAD`: More than {max} households match the filter: narrow it (by grid, say) and enter them in batches; `IDEMPOTENCY_KEY_REUSED`: This Idempotency-Key was used for a different request; `MEMBER_NOT_IN_HOUSEHOLD`: The member does not belong to the household; `OCCURRED_ON_IN_FUTURE`: occurredOn cannot be in the future; `PERIOD_CLOSED`: The period {period} is closed; `RULE_NOT_ADOPTED`: Version {version} of the rule has not been adopted by the villagers’ assembly or representatives’ meeting and cannot be used yet; `RULE_NOT_APPLICABLE`: The rule does not apply to these holders; `RULE_NOT_EFFECTIVE`: The rule was not in force on {occurredOn}; `WRONG_RULE_KIND`: Awards take rules with positive points, deductions rules with negative points */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AwardsController_deduct: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response (Idempotent-Replayed: true); a different body gets 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PostDeductionsDto"];
            };
        };
        responses: {
            /** @description One result per holder (a replay answers the first response again, with `Idempotent-Replayed: true`) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PostEntriesResponse"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `COI_UNDECLARED`: Declare the household you live in and your related households (conflict of interest) before entering or reviewing points; `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region; `OWN_HOUSEHOLD`: Nobody approves, awards, deducts or decides objections for themselves, their own household or a related household */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FILTER_COUNT_CHANGED`: The filter now matches {actual} households, not the {expected} confirmed: confirm again */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `EVIDENCE_NOT_USABLE`: The photo {evidenceId} cannot be used here (it must be of the holder's village and one you may see); `HOLDER_FILTER_EMPTY`: No household matches the filter; `HOLDER_FILTER_TOO_BROAD`: More than {max} households match the filter: narrow it (by grid, say) and enter them in batches; `IDEMPOTENCY_KEY_REUSED`: This Idempotency-Key was used for a different request; `MEMBER_NOT_IN_HOUSEHOLD`: The member does not belong to the household; `OCCURRED_ON_IN_FUTURE`: occurredOn cannot be in the future; `PERIOD_CLOSED`: The period {period} is closed; `RULE_NOT_ADOPTED`: Version {version} of the rule has not been adopted by the villagers’ assembly or representatives’ meeting and cannot be used yet; `RULE_NOT_APPLICABLE`: The rule does not apply to these holders; `RULE_NOT_EFFECTIVE`: The rule was not in force on {occurredOn}; `WRONG_RULE_KIND`: Awards take rules with positive points, deductions rules with negative points */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LedgerController_setExpiry: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExpiryPolicyDto"];
            };
        };
        responses: {
            /** @description The policy now in force */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpiryPolicyView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LedgerViewsController_balance: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                holderId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The balance */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BalanceResponse"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LedgerViewsController_capUsage: {
        parameters: {
            query?: {
                /** @description Day of the deed (default: today in the program's timezone): the cap's period is that day's */
                occurredOn?: string;
            };
            header?: never;
            path: {
                holderId: number;
                id: number;
                ruleId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The cap, what is used and what is left */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CapUsageView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RULE_NOT_EFFECTIVE`: The rule was not in force on {occurredOn} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LedgerViewsController_statement: {
        parameters: {
            query?: {
                /** @description Cursor from the previous page (nextCursor) */
                cursor?: string;
                /** @description Deeds on or after this day (YYYY-MM-DD) */
                from?: string;
                /** @description Page size */
                limit?: number;
                /** @description Deeds on or before this day (YYYY-MM-DD) */
                to?: string;
            };
            header?: never;
            path: {
                holderId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the statement */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementResponse"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LedgerViewsController_statementProofs: {
        parameters: {
            query: {
                /** @description Transaction ids of the statement lines to prove, comma-separated (at most 100) */
                transactionIds: string;
            };
            header?: never;
            path: {
                holderId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The head, its key and a proof per line */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementProofsResponse"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_closures: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closures */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodClosureView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PeriodsController_close: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                period: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The closure */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PeriodClosureView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PERIOD_ALREADY_CLOSED`: The period {period} is already closed; `PERIOD_HAS_PENDING`: The period {period} has {pending} entries under public notice ({held} held by objections); it closes once they are settled */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PERIOD_NOT_ENDED`: The period {period} has not ended yet */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_listRules: {
        parameters: {
            query?: {
                /** @description Only rules that apply in this region (county rules not excluded there, plus its own) */
                regionId?: number;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rules with their versions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleDetailView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_createRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRuleDto"];
            };
        };
        responses: {
            /** @description The rule with its first version */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleDetailView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `DUPLICATE_CODE`: The code {code} is already in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_getRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                ruleId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleDetailView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_updateRule: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                ruleId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateRuleDto"];
            };
        };
        responses: {
            /** @description The rule with its new version */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleDetailView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_exclude: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                ruleId: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExclusionDto"];
            };
        };
        responses: {
            /** @description The rule with its exclusions */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleDetailView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ProgramsController_include: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                regionId: number;
                ruleId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The rule with its exclusions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RuleDetailView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdoptionsController_record: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                ruleId: number;
                version: number;
            };
            cookie?: never;
        };
        /** @description Multipart form: the meeting, its day, attendance, resolution number, and the minutes as field `file` */
        requestBody: {
            content: {
                "multipart/form-data": {
                    /** @description Those present */
                    attended: number;
                    /** @description Those entitled to attend */
                    entitled: number;
                    /**
                     * Format: binary
                     * @description The minutes: PDF, JPEG or PNG (judged by content), at most 10 MB
                     */
                    file: string;
                    /**
                     * @description `assembly` (村民大会) or `representatives` (村民代表会议)
                     * @enum {string}
                     */
                    meeting: "assembly" | "representatives";
                    /**
                     * Format: date
                     * @description Day of the meeting
                     */
                    meetingOn: string;
                    /** @description Resolution number (决议编号) */
                    resolutionNo: string;
                };
            };
        };
        responses: {
            /** @description The adoption record */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AdoptionView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ALREADY_ADOPTED`: Version {version} of the rule already has its adoption recorded */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `MINUTES_NOT_A_DOCUMENT`: The minutes must be a PDF, JPEG or PNG file; `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AdoptionsController_minutes: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                ruleId: number;
                version: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The file (PDF, JPEG or PNG), as an attachment under its uploaded name */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "image/jpeg": string;
                    "image/png": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AnnouncementsController_photo: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The photo */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AnnouncementsController_thumbnail: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                n: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The thumbnail (JPEG) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "image/jpeg": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AnnouncementsController_current: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The announcements */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicAnnouncementView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BoardsController_board: {
        parameters: {
            query?: {
                /** @description Period (default: the latest published) */
                period?: string;
            };
            header?: never;
            path: {
                regionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The board of the region */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BoardView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    DoorsController_page: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardCode: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The door page of the household */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DoorPageView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicityController_board: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                regionId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entries under notice */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicNoticeView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TransparencyController_consistency: {
        parameters: {
            query: {
                /** @description The county */
                countyId: number;
                /** @description The earlier tree size (a head you kept) */
                from: number;
                /** @description The later tree size: a published head; default the latest */
                to?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proof */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ConsistencyResponse"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TREE_SIZE_NOT_PUBLISHED`: No tree head of size {treeSize} has been published yet (the latest covers {published}) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TransparencyController_inclusion: {
        parameters: {
            query: {
                /** @description The county */
                countyId: number;
                /** @description The leaf by the row it records: its kind… */
                kind?: "transaction" | "procedure_event" | "rule_version" | "rule_adoption" | "ranking_run";
                /** @description The leaf by its index (or give kind and ref) */
                leafIndex?: number;
                /** @description …and the row id (a transaction id, an event id…) */
                ref?: number;
                /** @description The tree size to prove against: a published head; default the latest */
                treeSize?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The audit path */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["InclusionResponse"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `LEAF_NOT_IN_TREE`: Leaf {leafIndex} is not in a tree of {treeSize}; `TREE_SIZE_NOT_PUBLISHED`: No tree head of size {treeSize} has been published yet (the latest covers {published}) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    PublicRegionsController_search: {
        parameters: {
            query: {
                /** @description Part of a village or township name (or its exact code) */
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The regions found */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicRegionView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    TransparencyController_treeHeads: {
        parameters: {
            query?: {
                /** @description Page size of the history */
                limit?: number;
                /** @description Heads to skip (newest first) */
                offset?: number;
            };
            header?: never;
            path: {
                countyId: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Heads and keys */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TreeHeadsResponse"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Runs to skip (newest first); the number that match is in X-Total-Count */
                offset?: number;
                /** @description Period */
                period?: string;
                /** @description Program */
                programId?: number;
                /** @description Region */
                regionId?: number;
                /** @description Subject ranked */
                subject?: "household" | "member";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of the runs */
            200: {
                headers: {
                    /** @description How many match the filters in all (the array is one page of them) */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRunDto"];
            };
        };
        responses: {
            /** @description The run, queued */
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `REASON_REQUIRED`: The ranking of {period} is published; a new run needs a reason */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_entries: {
        parameters: {
            query?: {
                /** @description Only holders of this group (a village for households, a township for villages) */
                groupId?: number;
                /** @description Page size */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of entries, in list order */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["EntryView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_csv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entries as CSV (UTF-8 with BOM), a header row first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RUN_NOT_COMPLETED`: The ranking run has not completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_xlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The entries as an .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RUN_NOT_COMPLETED`: The ranking run has not completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    BoardsController_honours: {
        parameters: {
            query: {
                /** @description Village whose honours to show */
                villageId: number;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The honours of the village */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["VillageHonoursView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `RUN_NOT_COMPLETED`: The ranking run has not completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RankingsController_publish: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The run, published */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ALREADY_PUBLISHED`: The ranking is already published; `RUN_NOT_COMPLETED`: The ranking run has not completed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PERIOD_NOT_CLOSED`: The period {period} is not closed yet */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RedemptionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The redemption */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RedemptionsController_refundOne: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for kiosk devices. A retry with the same key and body returns the first response (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RefundDto"];
            };
        };
        responses: {
            /** @description The refund and the balance after */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RefundResult"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REQUIRED`: Kiosk requests must carry an Idempotency-Key; `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ALREADY_REFUNDED`: This line is already refunded; `REFUND_NOT_TODAY`: A counter refunds only today's receipts; ask a store manager for older ones */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: This Idempotency-Key was used for a different request; `REFUND_WINDOW_PASSED`: The {days}-day refund window has passed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description List the children of this region; without it, your own region */
                parentId?: number;
                /** @description Only children whose name or code contains this (with parentId) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of regions */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionPage"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateRegionDto"];
            };
        };
        responses: {
            /** @description The region */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `DUPLICATE_CODE`: The code {code} is already in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_REGION_PARENT`: The parent of a {level} must be a {expected} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RegionsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The region */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RegionView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ReportsController_expiringReport: {
        parameters: {
            query: {
                /** @description json (default), csv (UTF-8 with BOM, Chinese headers) or xlsx (an Excel workbook); CSV and xlsx are downloads */
                format?: "json" | "csv" | "xlsx";
                /** @description Months ahead, the current month first */
                months?: number;
                /** @description Household program (积分方案) of your county */
                programId: number;
                /** @description Region the report covers (county, township or village of your own subtree); default your own region */
                regionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ExpiringReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_A_HOUSEHOLD_PROGRAM`: Only household programs can be used here */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    LedgerBookController_ledgerBook: {
        parameters: {
            query: {
                /** @description json (default), csv (UTF-8 with BOM, Chinese headers) or xlsx (an Excel workbook); CSV and xlsx are downloads */
                format?: "json" | "csv" | "xlsx";
                /** @description The household */
                holderId: number;
                /** @description Household program (积分方案) of your county */
                programId: number;
                /** @description Year (YYYY) of the entries (by the day of the deed); default the current year in the program timezone */
                year?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The ledger book */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LedgerBookView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_A_HOUSEHOLD_PROGRAM`: Only household programs can be used here */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ReportsController_liabilityReport: {
        parameters: {
            query: {
                /** @description json (default), csv (UTF-8 with BOM, Chinese headers) or xlsx (an Excel workbook); CSV and xlsx are downloads */
                format?: "json" | "csv" | "xlsx";
                /** @description Household program (积分方案) of your county */
                programId: number;
                /** @description Region the report covers (county, township or village of your own subtree); default your own region */
                regionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LiabilityReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_A_HOUSEHOLD_PROGRAM`: Only household programs can be used here */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ReportsController_participationReport: {
        parameters: {
            query: {
                /** @description One row per village, or per grid (网格 / 村民小组) of each village, households not placed in a grid in a row of their own */
                by?: "village" | "grid";
                /** @description json (default), csv (UTF-8 with BOM, Chinese headers) or xlsx (an Excel workbook); CSV and xlsx are downloads */
                format?: "json" | "csv" | "xlsx";
                /** @description A period of the program's kind (2026-Q3 or 2026-07) or a whole year (2026); default the current period */
                period?: string;
                /** @description Household program (积分方案) of your county */
                programId: number;
                /** @description Region the report covers (county, township or village of your own subtree); default your own region */
                regionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ParticipationReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_A_HOUSEHOLD_PROGRAM`: Only household programs can be used here */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ReportsController_redemptionsReport: {
        parameters: {
            query?: {
                /** @description json (default), csv (UTF-8 with BOM, Chinese headers) or xlsx (an Excel workbook); CSV and xlsx are downloads */
                format?: "json" | "csv" | "xlsx";
                /** @description First month (YYYY-MM, in the store program timezone), included; default 11 months before `to` */
                from?: string;
                /** @description Region the report covers (county, township or village of your own subtree); default your own region */
                regionId?: number;
                /** @description Last month (YYYY-MM), included; default the current month. At most 36 months from `from` */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionsReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ReportsController_staffActivityReport: {
        parameters: {
            query: {
                /** @description json (default), csv (UTF-8 with BOM, Chinese headers) or xlsx (an Excel workbook); CSV and xlsx are downloads */
                format?: "json" | "csv" | "xlsx";
                /** @description A period of the program's kind (2026-Q3 or 2026-07) or a whole year (2026); default the current period */
                period?: string;
                /** @description Household program (积分方案) of your county */
                programId: number;
                /** @description Region the report covers (county, township or village of your own subtree); default your own region */
                regionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The report */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffActivityReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_A_HOUSEHOLD_PROGRAM`: Only household programs can be used here */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ResidentPinsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ResidentPinDto"];
            };
        };
        responses: {
            /** @description The new PIN, shown this once */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HouseholdPinView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StoresController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Search: store name or code, any part of it (case-insensitive) */
                q?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of stores */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorePage"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StoresController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateStoreDto"];
            };
        };
        responses: {
            /** @description The store */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `DUPLICATE_CODE`: The code {code} is already in use */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PROGRAM_NOT_REDEEMABLE`: Only household programs can be redeemed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StoresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The store */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StoresController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateStoreDto"];
            };
        };
        responses: {
            /** @description The store, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `STORE_PROGRAM_LOCKED`: The store has redemptions; its program cannot change */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PROGRAM_NOT_REDEEMABLE`: Only household programs can be redeemed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StoresController_listDevices: {
        parameters: {
            query?: {
                /** @description Page size; every row when left out */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Search: kiosk name, any part of it (case-insensitive) */
                q?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The kiosks of the page */
            200: {
                headers: {
                    /** @description How many match the filters in all (the array is one page of them) */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StoresController_createDevice: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateDeviceDto"];
            };
        };
        responses: {
            /** @description The kiosk with its API key */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedDeviceView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StoresController_revoke: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                deviceId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The kiosk, revoked */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeviceView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ALREADY_REVOKED`: It is already revoked */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    KioskController_lookup: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                cardCode: string;
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Who, what they can spend, and the shelf for them */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["KioskLookupView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_ELIGIBLE`: The household is outside this store's region; `STORE_HAS_NO_PROGRAM`: The store is not tied to a points program */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ItemsController_list: {
        parameters: {
            query?: {
                /** @description Page size; every row when left out */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Search: item code (sku) or name, any part of it (case-insensitive) */
                q?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The items of the page */
            200: {
                headers: {
                    /** @description How many match the filters in all (the array is one page of them) */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ItemsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateItemDto"];
            };
        };
        responses: {
            /** @description The item */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `DUPLICATE_SKU`: The SKU {sku} already exists in this store */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ItemsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                sku: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateItemDto"];
            };
        };
        responses: {
            /** @description The item, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ItemView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ItemsController_movements: {
        parameters: {
            query?: {
                /** @description How many, newest first */
                limit?: number;
                /** @description Movements to skip, newest first (the next page) */
                offset?: number;
            };
            header?: never;
            path: {
                id: number;
                sku: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The movements, newest first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockMovementView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RedemptionsController_list: {
        parameters: {
            query?: {
                /** @description Cursor: redemptions older than this id */
                before?: string;
                /** @description From this instant (inclusive) */
                from?: string;
                /** @description Page size */
                limit?: number;
                /** @description Rows to skip (after the cursor, if one is given) */
                offset?: number;
                /** @description Search: any part of the receipt number (e.g. its sequence 0003), or of the code (sku) or name of goods on it (case-insensitive) */
                q?: string;
                /** @description Only the redemption with this receipt number, as printed */
                receiptNo?: string;
                /** @description Until this instant (exclusive) */
                to?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Redemptions of the page, newest first */
            200: {
                headers: {
                    /** @description How many match the filters in all (the array is one page of them) */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RedemptionsController_create: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for kiosk devices. A retry with the same key and body returns the first response (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RedeemDto"];
            };
        };
        responses: {
            /** @description The redemption with its receipt number and the balance after */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RedemptionView"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REQUIRED`: Kiosk requests must carry an Idempotency-Key; `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: This Idempotency-Key was used for a different request; `INSUFFICIENT_POINTS`: Not enough redeemable points: {needed} needed, {available} available; `ITEM_INACTIVE`: {sku} is not offered at the moment; `ITEM_LIMIT_REACHED`: {sku} is limited to {limit} per household per {per}; {remaining} left; `NOT_ELIGIBLE`: The household is outside this store's region; `OUT_OF_STOCK`: Out of stock for {sku}: {requested} requested, {available} left; `PROGRAM_NOT_REDEEMABLE`: Only household programs can be redeemed; `REDEMPTION_SUSPENDED`: Redemption is suspended for this household through {until}; `STORE_HAS_NO_PROGRAM`: The store is not tied to a points program */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RedemptionsController_day: {
        parameters: {
            query?: {
                /** @description Day (YYYY-MM-DD) in the program timezone; default today */
                date?: string;
                /** @description json (default), csv or xlsx (an Excel workbook) */
                format?: "json" | "csv" | "xlsx";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The day report (JSON), its CSV or its workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DayReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StoreExportsController_month: {
        parameters: {
            query?: {
                /** @description json (default), csv or xlsx (an Excel workbook) */
                format?: "json" | "csv" | "xlsx";
                /** @description Month (YYYY-MM) in the program timezone; default this month */
                month?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The month report (JSON), its CSV or its workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MonthReportView"];
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RedemptionsController_stock: {
        parameters: {
            query?: {
                /** @description json (default) or csv */
                format?: "json" | "csv";
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Stock lines (JSON) or their CSV */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StockLineView"][];
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RedemptionsController_settlements: {
        parameters: {
            query?: {
                /** @description Page size; every row when left out */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Search: a settlement number (its id) */
                q?: string;
            };
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Settlements of the page, newest first */
            200: {
                headers: {
                    /** @description How many match the filters in all (the array is one page of them) */
                    "X-Total-Count"?: number;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementView"][];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    RedemptionsController_settleStore: {
        parameters: {
            query?: never;
            header?: {
                /** @description Required for kiosk devices. A retry with the same key and body returns the first response (Idempotent-Replayed: true). */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SettleDto"];
            };
        };
        responses: {
            /** @description The settlement */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SettlementView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: This Idempotency-Key was used for a different request; `STORE_HAS_NO_PROGRAM`: The store is not tied to a points program */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StoreExportsController_settlementsCsv: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settlements as CSV (UTF-8 with BOM), a header row first */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StoreExportsController_settlementsXlsx: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The settlements as an .xlsx workbook */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    ItemsController_move: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StockMovementDto"];
            };
        };
        responses: {
            /** @description The item after the movement, and the movement */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["MovementResult"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `STOCK_WOULD_GO_NEGATIVE`: Stock of {sku} cannot go below zero ({available} on hand) */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    AwardsController_reverse: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (e.g. a UUID). A retry with the same key and body returns the first response (Idempotent-Replayed: true); a different body gets 422. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReversalDto"];
            };
        };
        responses: {
            /** @description The reversal (a replay answers the first response again, with `Idempotent-Replayed: true`) */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReversalView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ALREADY_REVERSED`: The transaction is already reversed */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `IDEMPOTENCY_KEY_REUSED`: This Idempotency-Key was used for a different request; `NOT_REVERSIBLE`: This kind of transaction cannot be reversed; `PERIOD_CLOSED`: The period {period} is closed */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Search: part of the username or of the display name, case-insensitive */
                q?: string;
                /** @description Only users of this region subtree */
                regionId?: number;
                /** @description Only users of this role */
                role?: "county_admin" | "township_officer" | "village_clerk" | "reviewer" | "store_operator" | "auditor";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of users */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserPage"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CreateUserDto"];
            };
        };
        responses: {
            /** @description The user */
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `DUPLICATE_USERNAME`: The username {username} is already taken */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ROLE_NOT_ASSIGNABLE`: You may not create a user with this role; `ROLE_REGION_MISMATCH`: The role {role} cannot be assigned to a {level} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The user */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    UsersController_update: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["UpdateUserDto"];
            };
        };
        responses: {
            /** @description The user, changed */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `ROLE_NOT_ASSIGNABLE`: You may not create a user with this role; `ROLE_REGION_MISMATCH`: The role {role} cannot be assigned to a {level} */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffDeclarationsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The declaration (declaredAt null: not declared yet) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffHouseholdsController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What is recorded (householdId null: none) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffHouseholdView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffHouseholdsController_set: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["StaffHouseholdDto"];
            };
        };
        responses: {
            /** @description What is recorded now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StaffHouseholdView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffDeclarationsController_mine: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Your declaration (declaredAt null: not declared yet) */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationView"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    StaffDeclarationsController_declare: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DeclarationDto"];
            };
        };
        responses: {
            /** @description Your declaration, now */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclarationView"];
                };
            };
            /** @description `MALFORMED_REQUEST`: The request is malformed; `VALIDATION_FAILED`: The request has invalid fields */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INVALID_API_KEY`: The device key is invalid or revoked; `UNAUTHENTICATED`: Authentication is required */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `NOT_FOUND`: {resource} not found */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `PAYLOAD_TOO_LARGE`: The file is too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `UNSUPPORTED_MEDIA_TYPE`: Unsupported content type */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
    HealthController_check: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Both are up */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["HealthView"];
                };
            };
            /** @description `RATE_LIMITED`: Too many requests, try again later */
            429: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
            /** @description `SERVICE_UNAVAILABLE`: The service is unavailable; `TEMPORARILY_UNAVAILABLE`: The service is briefly unavailable; retry the request (this attempt changed nothing, or is replayed under its Idempotency-Key) */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ErrorResponseDto"];
                };
            };
        };
    };
}
