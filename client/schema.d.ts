export type paths = {
    "/api/v1/allocation-plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
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
    "/api/v1/audit-log": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The audit trail of your subtree (changes by staff and kiosks, logins to your staff), newest first; a platform operator sees the entries of no county */
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
         * @description Wrong PINs are limited per card and per address like staff log-ins: a locked card answers 429 CARD_LOCKED saying until when.
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
        post: operations["HouseholdsController_create"];
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
        get: operations["HouseholdsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change the head, address or phone of a household */
        patch: operations["HouseholdsController_update"];
        trace?: never;
    };
    "/api/v1/households/by-card/{cardCode}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Look a household up by its card code (kiosks get the head name masked) */
        get: operations["HouseholdsController_byCard"];
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
         * @description Answers 202 with the import; follow it at `GET /api/v1/households/imports/{id}` (progress, counts, per-line errors).
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
    "/api/v1/ledger/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proves the ledger invariants for the programs of your county: global sum zero, each transaction balanced, each balance equal to its postings */
        get: operations["LedgerController_check"];
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
        /** Entries under notice in your region (or one of its regions), deadline first */
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
        /** Award points by a positive rule to up to 1,000 holders: one transaction each, all or nothing; caps cut what exceeds them */
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
    "/api/v1/programs/{id}/holders/{holderId}/balance": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Balance, base points, redeemable points and points earned this period (a resident: its own household) */
        get: operations["LedgerController_balance"];
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
        get: operations["LedgerController_statement"];
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
        post: operations["ProgramsController_close"];
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
    "/api/v1/public/boards/{regionId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Public board (no login): published rankings and honour lists of a region, names masked as the program says */
        get: operations["RankingsController_board"];
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
        get: operations["RankingsController_honours"];
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
        /** Refund a redemption, whole or by line, within the refund window; each unit once */
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
        /** Stores of your subtree */
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
        /** Kiosks of a store (keys are never shown again) */
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
        get: operations["RedemptionsController_lookup"];
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
        /** Goods of a store with price, stock and limits */
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
        /** Stock movements of an item, newest first */
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
        /** Redemptions of a store, newest first */
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
        /** A store's day: redemptions, refunds, points, value in fen and items (JSON or CSV) */
        get: operations["RedemptionsController_day"];
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
        /** Settlement report of a store, newest first */
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
        /** Staff users of your subtree */
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
    "/api/v1/users/{id}/household": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The household a staff user lives in, if recorded */
        get: operations["StaffHouseholdsController_get"];
        /** Record the household a staff user lives in (or null): that user may then not approve, award or deduct for it */
        put: operations["StaffHouseholdsController_set"];
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
        DecisionDto: {
            /** @description Why (kept in the history, shown to the village) */
            reason: string;
            /** @description true: the objection stands and the entry is void; false: dismissed, the entry posts at its deadline */
            uphold: boolean;
        };
        ErrorDetailDto: {
            /**
             * @description Stable upper-case code from the error catalogue; clients branch on it
             * @example INSUFFICIENT_POINTS
             * @enum {string}
             */
            code: "VALIDATION_FAILED" | "MALFORMED_REQUEST" | "UNAUTHENTICATED" | "INVALID_CREDENTIALS" | "INVALID_PIN" | "INVALID_API_KEY" | "FORBIDDEN" | "OUT_OF_SCOPE" | "NOT_FOUND" | "ROUTE_NOT_FOUND" | "METHOD_NOT_ALLOWED" | "CONFLICT" | "DUPLICATE_CODE" | "DUPLICATE_USERNAME" | "DUPLICATE_HOUSEHOLD_NO" | "ALREADY_REVOKED" | "INVALID_REGION_PARENT" | "NOT_A_VILLAGE" | "ROLE_NOT_ASSIGNABLE" | "ROLE_REGION_MISMATCH" | "UNSUPPORTED_MEDIA_TYPE" | "PAYLOAD_TOO_LARGE" | "IMPORT_EMPTY" | "IMPORT_MISSING_COLUMNS" | "IMPORT_UNREADABLE" | "IMPORT_MALFORMED" | "EVIDENCE_NOT_AN_IMAGE" | "EVIDENCE_UNREADABLE" | "IDEMPOTENCY_KEY_REUSED" | "PERIOD_CLOSED" | "PERIOD_ALREADY_CLOSED" | "PERIOD_HAS_PENDING" | "PERIOD_NOT_ENDED" | "OCCURRED_ON_IN_FUTURE" | "RULE_NOT_EFFECTIVE" | "WRONG_RULE_KIND" | "RULE_NOT_APPLICABLE" | "MEMBER_NOT_IN_HOUSEHOLD" | "ALREADY_REVERSED" | "NOT_REVERSIBLE" | "NOT_A_COUNTY" | "INSUFFICIENT_POINTS" | "OUT_OF_STOCK" | "ITEM_LIMIT_REACHED" | "NOT_ELIGIBLE" | "ITEM_INACTIVE" | "STORE_HAS_NO_PROGRAM" | "PROGRAM_NOT_REDEEMABLE" | "STOCK_WOULD_GO_NEGATIVE" | "REFUND_WINDOW_PASSED" | "ALREADY_REFUNDED" | "STORE_PROGRAM_LOCKED" | "DUPLICATE_SKU" | "IDEMPOTENCY_KEY_REQUIRED" | "REASON_REQUIRED" | "ALREADY_PUBLISHED" | "RUN_NOT_COMPLETED" | "PERIOD_NOT_CLOSED" | "RUN_NOT_PUBLISHED" | "NOT_A_VILLAGE_RANKING" | "ALLOCATION_INFEASIBLE" | "CARD_LOCKED" | "SELF_REVIEW" | "OWN_HOUSEHOLD" | "SAME_REVIEWER" | "CLAIM_DECIDED" | "CLAIM_WINDOW_PASSED" | "NOT_CLAIMABLE" | "EVIDENCE_NOT_USABLE" | "NOTICE_CLOSED" | "OBJECTION_EXISTS" | "OBJECTION_DECIDED" | "RATE_LIMITED" | "SERVICE_UNAVAILABLE" | "INTERNAL_ERROR";
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
        ImportLineErrorView: {
            /** @description Stable code: MISSING_FIELD, INVALID_FIELD, UNKNOWN_VILLAGE, OUT_OF_SCOPE, NOT_A_VILLAGE, WRONG_COLUMN_COUNT, CONFLICTING_LINE */
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
            /** @description Why the job failed as a whole */
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
        IndicatorView: {
            /**
             * @description `up` or `down`
             * @enum {string}
             */
            status: "up" | "down";
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
        LoginDto: {
            /** @description Password */
            password: string;
            /**
             * @description Login name
             * @example admin
             */
            username: string;
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
        ObjectDto: {
            /** @description Staff: the household of the village that objects. A resident objects for its own household. */
            householdId?: number;
            /**
             * @description Why the entry is wrong
             * @example 当天我在场，他没有参加清扫
             */
            reason: string;
        };
        PostDeductionsDto: {
            /** @description Evidence links (photos, documents), at most 10 */
            evidence?: string[];
            /** @description Holders (households, villages or staff users by the program), 1 to 1,000, no repeats */
            holderIds: number[];
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
            /** @description Evidence links (photos, documents), at most 10 */
            evidence?: string[];
            /** @description Holders (households, villages or staff users by the program), 1 to 1,000, no repeats */
            holderIds: number[];
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
        RejectDto: {
            /** @description Why the claim is rejected (shown to the household) */
            reason: string;
        };
        ResidentLoginDto: {
            /**
             * @description Card code of the household (printed on its card or door plate; case, spaces and dashes do not matter)
             * @example K7M2-9QXD-4TPA
             */
            cardCode: string;
            /**
             * @description The six-digit PIN the village gave the household
             * @example 530718
             */
            pin: string;
        };
        ResidentPinDto: {
            /** @description The household that gets a new PIN */
            householdId: number;
        };
        ReversalDto: {
            /** @description Why the transaction is reversed */
            reason: string;
        };
        ReviewNoteDto: {
            /** @description A note kept in the history */
            note?: string;
        };
        SettleDto: {
            /**
             * Format: date-time
             * @description Settle what was redeemed up to this instant (default: now)
             */
            upTo?: string;
        };
        StaffHouseholdDto: {
            /** @description The household the staff user lives in; null when none (or to forget it) */
            householdId: number | null;
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
        TierDto: {
            /** @description Ranks up to this one (inclusive) get this weight */
            uptoRank: number;
            /** @description Relative weight of the tier */
            weight: number;
        };
        UpdateHouseholdDto: {
            /** @description Address */
            address?: string;
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
            /** @description Days after the deed within which it may be claimed (1-365); null: no limit */
            claimWindowDays?: number | null;
            /**
             * @description Whether village clerks may review claims, besides reviewers and managers
             * @default false
             */
            clerksReview: boolean;
            /** @description Households on each village honour list */
            honourTopN?: number;
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
};
export type $defs = Record<string, never>;
export interface operations {
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
            201: {
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
            200: {
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
            200: {
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
            200: {
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
        };
    };
    AuditController_list: {
        parameters: {
            query?: {
                /** @description Only this staff user */
                actorId?: number;
                /** @description Cursor: entries older than this id (the last id of the previous page) */
                before?: string;
                /** @description From this time (inclusive), ISO 8601 */
                from?: string;
                /** @description Page size */
                limit?: number;
                /** @description Until this time (exclusive), ISO 8601 */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
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
            /** @description `INTERNAL_ERROR`: Internal server error */
            500: {
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
            200: {
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            200: {
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
            /** @description `INVALID_PIN`: Wrong card code or PIN */
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
            /** @description `CARD_LOCKED`: Too many wrong PINs: the card is locked until {untilLocal}; `RATE_LIMITED`: Too many requests, try again later */
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
            200: {
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
            201: {
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
            /** @description `CLAIM_WINDOW_PASSED`: Deeds older than {days} days cannot be claimed; `EVIDENCE_NOT_USABLE`: The photo {evidenceId} cannot be used for this claim; `MEMBER_NOT_IN_HOUSEHOLD`: The member does not belong to the household; `NOT_CLAIMABLE`: Claims are for households, by rules that award points; `OCCURRED_ON_IN_FUTURE`: occurredOn cannot be in the future; `PERIOD_CLOSED`: The period {period} is closed; `RULE_NOT_APPLICABLE`: The rule does not apply to these holders; `RULE_NOT_EFFECTIVE`: The rule was not in force on {occurredOn} */
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
            200: {
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
            201: {
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
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region; `OWN_HOUSEHOLD`: Nobody approves, awards or deducts for their own household or themselves; `SAME_REVIEWER`: Another reviewer must decide this; `SELF_REVIEW`: Nobody reviews a claim they filed */
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
            201: {
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
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region; `OWN_HOUSEHOLD`: Nobody approves, awards or deducts for their own household or themselves; `SELF_REVIEW`: Nobody reviews a claim they filed */
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
        };
    };
    HouseholdsController_list: {
        parameters: {
            query?: {
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
            200: {
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
        };
    };
    HouseholdsController_create: {
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
            201: {
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
        };
    };
    HouseholdsController_get: {
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
            200: {
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
        };
    };
    HouseholdsController_update: {
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
            200: {
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
        };
    };
    HouseholdsController_byCard: {
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
            200: {
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
            /** @description `IMPORT_EMPTY`: The import file is empty or has no header; `IMPORT_MALFORMED`: The import file has unbalanced quotes at line {line}; `IMPORT_MISSING_COLUMNS`: The import file lacks columns: {columns}; `IMPORT_UNREADABLE`: The spreadsheet cannot be read; save it again as .xlsx or CSV */
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
            200: {
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
        };
    };
    LedgerController_check: {
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
            200: {
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
        };
    };
    PublicityController_list: {
        parameters: {
            query?: {
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
            200: {
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
            200: {
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
            201: {
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
            201: {
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
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region; `SAME_REVIEWER`: Another reviewer must decide this */
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
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            201: {
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
            200: {
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
            200: {
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
            201: {
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
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region; `OWN_HOUSEHOLD`: Nobody approves, awards or deducts for their own household or themselves */
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
            /** @description `IDEMPOTENCY_KEY_REUSED`: This Idempotency-Key was used for a different request; `MEMBER_NOT_IN_HOUSEHOLD`: The member does not belong to the household; `OCCURRED_ON_IN_FUTURE`: occurredOn cannot be in the future; `PERIOD_CLOSED`: The period {period} is closed; `RULE_NOT_APPLICABLE`: The rule does not apply to these holders; `RULE_NOT_EFFECTIVE`: The rule was not in force on {occurredOn}; `WRONG_RULE_KIND`: Awards take rules with positive points, deductions rules with negative points */
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
            201: {
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
            /** @description `FORBIDDEN`: Your role may not do this; `OUT_OF_SCOPE`: This is outside your region; `OWN_HOUSEHOLD`: Nobody approves, awards or deducts for their own household or themselves */
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
            /** @description `IDEMPOTENCY_KEY_REUSED`: This Idempotency-Key was used for a different request; `MEMBER_NOT_IN_HOUSEHOLD`: The member does not belong to the household; `OCCURRED_ON_IN_FUTURE`: occurredOn cannot be in the future; `PERIOD_CLOSED`: The period {period} is closed; `RULE_NOT_APPLICABLE`: The rule does not apply to these holders; `RULE_NOT_EFFECTIVE`: The rule was not in force on {occurredOn}; `WRONG_RULE_KIND`: Awards take rules with positive points, deductions rules with negative points */
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
        };
    };
    LedgerController_balance: {
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
            200: {
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
        };
    };
    LedgerController_statement: {
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
            200: {
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
            200: {
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
        };
    };
    ProgramsController_close: {
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
            201: {
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
            200: {
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
            201: {
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
            200: {
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
            200: {
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
            201: {
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
            200: {
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
        };
    };
    RankingsController_board: {
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
            200: {
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
            200: {
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
        };
    };
    RankingsController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Period */
                period?: string;
                /** @description Program */
                programId?: number;
                /** @description Region */
                regionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
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
            202: {
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
            200: {
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
            200: {
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
            200: {
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
            200: {
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
        };
    };
    RankingsController_honours: {
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
            200: {
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
            200: {
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
            200: {
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
            201: {
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
            /** @description `ALREADY_REFUNDED`: This line is already refunded */
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
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
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
            201: {
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
            200: {
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
            201: {
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
        };
    };
    StoresController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
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
            201: {
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
            200: {
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
            200: {
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
        };
    };
    StoresController_listDevices: {
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
            200: {
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
            201: {
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
            200: {
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
            /** @description `ALREADY_REVOKED`: The device key is already revoked */
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
        };
    };
    RedemptionsController_lookup: {
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
            200: {
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
        };
    };
    ItemsController_list: {
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
            200: {
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
            201: {
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
            200: {
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
        };
    };
    ItemsController_movements: {
        parameters: {
            query?: {
                /** @description How many, newest first */
                limit?: number;
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
            200: {
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
            200: {
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
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
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
            /** @description `IDEMPOTENCY_KEY_REUSED`: This Idempotency-Key was used for a different request; `INSUFFICIENT_POINTS`: Not enough redeemable points: {needed} needed, {available} available; `ITEM_INACTIVE`: {sku} is not offered at the moment; `ITEM_LIMIT_REACHED`: {sku} is limited to {limit} per household per {per}; {remaining} left; `NOT_ELIGIBLE`: The household is outside this store's region; `OUT_OF_STOCK`: Out of stock for {sku}: {requested} requested, {available} left; `PROGRAM_NOT_REDEEMABLE`: Only household programs can be redeemed; `STORE_HAS_NO_PROGRAM`: The store is not tied to a points program */
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
        };
    };
    RedemptionsController_day: {
        parameters: {
            query?: {
                /** @description Day (YYYY-MM-DD) in the program timezone; default today */
                date?: string;
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
            200: {
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
            200: {
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
        };
    };
    RedemptionsController_settlements: {
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
            200: {
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
            201: {
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
            201: {
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
            201: {
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
        };
    };
    UsersController_list: {
        parameters: {
            query?: {
                /** @description Page size */
                limit?: number;
                /** @description Rows to skip */
                offset?: number;
                /** @description Only users of this region subtree */
                regionId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
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
            201: {
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
            200: {
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
            200: {
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
            200: {
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
            200: {
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
            /** @description `SERVICE_UNAVAILABLE`: The service is unavailable */
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
