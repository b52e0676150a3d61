// Generated from the Nearfill OpenAPI document by `npm run client:generate`; do not edit.

export interface paths {
    "/api/v1/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Exchange e-mail and password for a short-lived access token */
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
        /** Who the credentials belong to */
        get: operations["AuthController_me"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/api-keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your organisation's API keys (prefix only) */
        get: operations["ApiKeysController_list"];
        put?: never;
        /** Create an API key for your own systems; the key is shown only in this response */
        post: operations["ApiKeysController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/api-keys/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /** Revoke an API key; it stops working at once */
        delete: operations["ApiKeysController_revoke"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The users of your organisation */
        get: operations["TeamController_list"];
        put?: never;
        /** Add a user to your organisation (admins only) */
        post: operations["TeamController_add"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/team/users/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One user of your organisation */
        get: operations["TeamController_get"];
        put?: never;
        post?: never;
        /** Disable a user of your organisation (admins only); they can no longer sign in */
        delete: operations["TeamController_disable"];
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
        /** Liveness: the process is up */
        get: operations["HealthController_alive"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/health/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Readiness: the database and Redis (or the in-process job runner) answer */
        get: operations["HealthController_ready"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Prometheus metrics: for an ops user, or a scraper sending "Authorization: Bearer <METRICS_TOKEN>" */
        get: operations["MetricsController_scrape"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/manufacturers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All manufacturers */
        get: operations["OnboardingController_listManufacturers"];
        put?: never;
        /** Onboard a manufacturer with its first admin user */
        post: operations["OnboardingController_onboardManufacturer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/retailers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** All retailers */
        get: operations["OnboardingController_listRetailers"];
        put?: never;
        /** Onboard a retailer with its first admin user */
        post: operations["OnboardingController_onboardRetailer"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/organisations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every manufacturer and retailer with its user counts, newest first */
        get: operations["OnboardingController_organisations"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One organisation's users: pass manufacturerId or retailerId */
        get: operations["OnboardingController_organisationUsers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Disable any user (not yourself); their sign-ins and tokens stop working at once */
        post: operations["OnboardingController_disable"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/store": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your store: branding, policies and fallback warehouse */
        get: operations["StoreSettingsController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Change your store settings */
        patch: operations["StoreSettingsController_update"];
        trace?: never;
    };
    "/api/v1/stores/{slug}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A store and its branding */
        get: operations["PublicStoresController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The store's products on sale, optionally searched (q) and sorted */
        get: operations["PublicStoresController_products"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/products": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your products, filtered by active, sku or text, paginated */
        get: operations["CatalogController_list"];
        put?: never;
        /** Add a product to your catalogue */
        post: operations["CatalogController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/products/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your products */
        get: operations["CatalogController_get"];
        put?: never;
        post?: never;
        /** Deactivate a product: it leaves the store; past orders keep it */
        delete: operations["CatalogController_deactivate"];
        options?: never;
        head?: never;
        /** Change a product; prices apply to orders placed from now on */
        patch: operations["CatalogController_update"];
        trace?: never;
    };
    "/api/v1/manufacturer/products/{id}/image": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload your product's picture
         * @description A JPEG, PNG or WebP file of at most 8 MB (checked by its content), resized to WebP copies 320/640/1200 px wide (never enlarged). The product's imageUrl becomes the largest copy and imageVariants every copy.
         */
        post: operations["ProductImagesController_upload"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Place an order; it goes straight onto the bid board. Replays with the same Idempotency-Key return the same answer */
        post: operations["CustomerOrdersController_place"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/track/{token}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Follow an order: status timeline and who fulfils it */
        get: operations["CustomerOrdersController_track"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/track/{token}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel the order, possible until it is awarded */
        post: operations["CustomerOrdersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/track/{token}/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Download everything held about you for this order (JSON) */
        get: operations["CustomerOrdersController_export"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/track/{token}/erase": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Erase your name, contact and street once the order is delivered or cancelled */
        post: operations["CustomerOrdersController_erase"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your orders, newest first; filter by status and date range */
        get: operations["ManufacturerOrdersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order with its lines, history and fulfiller */
        get: operations["ManufacturerOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/orders/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cancel an order before it is awarded */
        post: operations["ManufacturerOrdersController_cancel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders across every store, newest first, by order number or the customer's e-mail */
        get: operations["OpsOrdersController_search"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Any order with its customer, lines, history and fulfiller (its bids: GET /ops/board/{orderId}) */
        get: operations["OpsOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your locations */
        get: operations["LocationsController_list"];
        put?: never;
        /** Add a location you ship from; without lat/lng it is located from its postal code */
        post: operations["LocationsController_create"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One of your locations */
        get: operations["LocationsController_get"];
        put?: never;
        post?: never;
        /** Deactivate a location: its orders leave your board and its open bids are withdrawn */
        delete: operations["LocationsController_deactivate"];
        options?: never;
        head?: never;
        /** Change a location; a new postal code without lat/lng is located again */
        patch: operations["LocationsController_update"];
        trace?: never;
    };
    "/api/v1/retailer/dealers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The manufacturers you asked to deal for, and their decisions */
        get: operations["RetailerDealersController_list"];
        put?: never;
        /** Ask a manufacturer (by id or store slug) to make you a dealer; you see its orders once approved */
        post: operations["RetailerDealersController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/dealers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Retailers that asked to be, are, or were your dealers */
        get: operations["ManufacturerDealersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/dealers/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a dealer: it sees and may bid on your orders near its locations */
        post: operations["ManufacturerDealersController_approve"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/dealers/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Reject a dealer request, with a reason the retailer sees */
        post: operations["ManufacturerDealersController_reject"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/dealers/{id}/revoke": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Revoke a dealer, with a reason; its open bids on your orders are withdrawn at once */
        post: operations["ManufacturerDealersController_revoke"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/board": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders you may bid on: posted, window open, from manufacturers you deal for, within reach of an active location; nearest first */
        get: operations["BoardController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/board/{orderId}/bid": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Bid on an order at its fixed payout; placing it again keeps your bid, after a withdrawal it reopens */
        put: operations["BoardController_bid"];
        post?: never;
        /** Withdraw your bid while the window is open */
        delete: operations["BoardController_withdraw"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/bids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your bids, newest first, by status (open, won, lost, withdrawn) */
        get: operations["BidsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/orders": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Orders awarded to you, newest award first, with the customer to ship to */
        get: operations["WonOrdersController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/orders/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One order awarded to you, with the customer to ship to */
        get: operations["WonOrdersController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/board/{orderId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Any order as the board shows it, with every bid on it, nearest first (read-only, for support) */
        get: operations["OpsBoardController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/bidding-windows/close": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Close the open bidding windows now, of one manufacturer's store or of all (audited, with a reason) */
        post: operations["WindowClosuresController_close"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/bidding-windows/closures": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The latest early closures of bidding windows, newest first */
        get: operations["WindowClosuresController_recent"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/inventory": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Each active location's inventory feed: age, counts, units held, and the manufacturers it is too old for */
        get: operations["InventoryController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/inventory/locations/{id}/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a location's stock count with a CSV file
         * @description A header row, then one row per product: `sku` and/or `gtin` (also `upc`, `ean`), `quantity` (units on hand, 0 to 1,000,000; also `qty`, `on_hand`) and optionally `manufacturer` (the store slug, only when two of your manufacturers share a SKU). Comma-separated, UTF-8, quoted as RFC 4180; at most 100000 rows. Replaces the location's whole count; any row in error refuses the whole file (422 naming each line), nothing is half-applied.
         */
        put: operations["InventoryController_uploadCsv"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/inventory/locations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace a location's whole stock count (JSON): products not listed have none
         * @description For store systems, with an API key. Each item names a product by sku or gtin with its units on hand. Larger counts go as CSV.
         */
        put: operations["InventoryController_replace"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change the counts of some products at a location (delta); the others keep theirs
         * @description Quantities are absolute (units now on hand), so resending a delta is harmless. The feed counts as fresh from its countedAt.
         */
        patch: operations["InventoryController_delta"];
        trace?: never;
    };
    "/api/v1/retailer/inventory/locations/{id}/items": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stock at a location per product: on hand, held by bids, available */
        get: operations["InventoryController_items"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/inventory/locations/{id}/holds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** What is held at a location, and by what: open bids, won orders not shipped yet and accepted pickups not picked up, newest first */
        get: operations["InventoryController_holds"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/auto-bids": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The manufacturers you bid on automatically, and from which locations */
        get: operations["AutoBidsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/auto-bids/decisions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Why each order was or was not bid on automatically (latest decision per order), newest first */
        get: operations["AutoBidsController_decisions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/auto-bids/{manufacturerId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Bid automatically on a manufacturer's orders from your stock
         * @description Each new order (and, after a feed changes, each order on the board) gets a bid from your nearest in-range location whose feed is fresh and has every line available; the bid holds that stock.
         */
        put: operations["AutoBidsController_enable"];
        post?: never;
        /** Stop bidding automatically on a manufacturer; bids already placed stay */
        delete: operations["AutoBidsController_disable"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/dealer-feeds": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Which dealers keep fresh inventory feeds (by your maximum inventory age) and bid automatically on your orders */
        get: operations["DealerFeedsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/resolutions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Resolution runs, newest first */
        get: operations["ResolutionController_list"];
        put?: never;
        /** Start a resolution run (or a dry run); it proceeds in the background */
        post: operations["ResolutionController_start"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/resolutions/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One run: state, progress, counts, distances, duration */
        get: operations["ResolutionController_get"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/orders/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship an order you fulfil, with the carrier and tracking number the customer will see */
        post: operations["FulfilmentController_ship[0]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/orders/{id}/shipments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ship an order you fulfil, with the carrier and tracking number the customer will see */
        post: operations["FulfilmentController_ship[1]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/orders/{id}/delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an order you shipped as delivered */
        post: operations["FulfilmentController_deliver[0]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/orders/{id}/delivered": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark an order you shipped as delivered */
        post: operations["FulfilmentController_deliver[1]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/orders/{id}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline an order you won: it goes at once to the next-nearest bidder, else the manufacturer */
        post: operations["DeclineController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/stores/{slug}/pickup-locations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Stores where an order can be picked up: the authorised dealers' active locations near a ZIP code, nearest first */
        get: operations["PickupLocationsController_near"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/pickups": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pickup orders at your locations, newest first */
        get: operations["StorePickupsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/pickups/{orderId}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Accept a pickup order: you have it in stock and prepare it (before its acceptBy) */
        post: operations["StorePickupsController_accept"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/pickups/{orderId}/decline": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Decline a pickup order: the manufacturer ships it to your store instead */
        post: operations["StorePickupsController_decline"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/pickups/{orderId}/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mark it ready for pickup: the customer is e-mailed their pickup code */
        post: operations["StorePickupsController_ready"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/pickups/{orderId}/picked-up": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hand it over: the customer shows their pickup code */
        post: operations["StorePickupsController_pickedUp"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/track/{token}/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your returns on this order, what can still be returned, and until when */
        get: operations["CustomerReturnsController_list"];
        put?: never;
        /** Ask to return some or all lines (quantities, a reason per line), within the store's return window */
        post: operations["CustomerReturnsController_request"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns you handle (a manufacturer also sees its dealers'), newest first */
        get: operations["FulfillerReturnsController_list[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/returns": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Returns you handle (a manufacturer also sees its dealers'), newest first */
        get: operations["FulfillerReturnsController_list[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One return with its lines and history */
        get: operations["FulfillerReturnsController_get[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/returns/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One return with its lines and history */
        get: operations["FulfillerReturnsController_get[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/returns/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a requested return, telling the customer how to send the goods back */
        post: operations["FulfillerReturnsController_approve[0]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/returns/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Approve a requested return, telling the customer how to send the goods back */
        post: operations["FulfillerReturnsController_approve[1]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/returns/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a requested return, with the reason the customer reads */
        post: operations["FulfillerReturnsController_refuse[0]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/returns/{id}/refuse": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Refuse a requested return, with the reason the customer reads */
        post: operations["FulfillerReturnsController_refuse[1]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/returns/{id}/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The goods of an approved return arrived: the refund is recorded and this period's statement reverses their payout and fee */
        post: operations["FulfillerReturnsController_received[0]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/returns/{id}/received": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** The goods of an approved return arrived: the refund is recorded and this period's statement reverses their payout and fee */
        post: operations["FulfillerReturnsController_received[1]"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/orders/track/{token}/rating": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your rating of how this order was fulfilled, and whether you can rate it yet */
        get: operations["CustomerRatingController_get"];
        /** Rate the fulfilment (1-5 stars, optional comment) once delivered or picked up; rating again replaces it */
        put: operations["CustomerRatingController_rate"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/dealer-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dealer records: awards, declines, late shipments and customer ratings (a manufacturer: each dealer; a retailer: its own) */
        get: operations["DealerRecordsController_list[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/dealer-records": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dealer records: awards, declines, late shipments and customer ratings (a manufacturer: each dealer; a retailer: its own) */
        get: operations["DealerRecordsController_list[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your statement for shipped orders in [from, to): fee, what you are owed, per order and per currency */
        get: operations["SettlementController_statement[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/statements": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your statement for shipped orders in [from, to): fee, what you are owed, per order and per currency */
        get: operations["SettlementController_statement[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/statements/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same statement as CSV, one line per shipped order */
        get: operations["SettlementController_csv[0]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/manufacturer/statements/csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The same statement as CSV, one line per shipped order */
        get: operations["SettlementController_csv[1]"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/webhook": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Your webhook (the secret is not shown again) */
        get: operations["RetailerWebhooksController_get"];
        /**
         * Set where your systems receive order events, and the secret that signs them (admins only)
         * @description Each event is a POST of `{ id, type, createdAt, data }` with headers `Nearfill-Event`, `Nearfill-Event-Id` and `Nearfill-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256 of "<t>.<raw body>" with your secret>`. Answer 2xx within 10 s; anything else is retried with exponential backoff. Deduplicate on the event id.
         */
        put: operations["RetailerWebhooksController_set"];
        post?: never;
        /** Stop sending events; those still waiting are dropped (admins only) */
        delete: operations["RetailerWebhooksController_remove"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/webhook/ping": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Send a signed test event (type "ping") now and see how your endpoint answered */
        post: operations["RetailerWebhooksController_ping"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/retailer/webhook/deliveries": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Every delivery attempt, newest first, with how your endpoint answered */
        get: operations["RetailerWebhooksController_deliveries"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/emails": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Customer e-mails, newest first: sent over SMTP, or kept here when no SMTP server is configured */
        get: operations["OpsNotificationsController_emails"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/emails/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** One e-mail with its text and HTML */
        get: operations["OpsNotificationsController_email"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/notifications": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Outgoing e-mails and webhooks with their delivery state, newest first */
        get: operations["OpsNotificationsController_list"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v1/ops/notifications/{id}/retry": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Try a failed notification again, with a fresh set of attempts */
        post: operations["OpsNotificationsController_retry"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        LoginDto: {
            /**
             * Format: email
             * @example ops@nearfill.example
             */
            email: string;
            /** @example correct horse battery staple */
            password: string;
        };
        UserView: {
            id: string;
            email: string;
            name: string;
            /** @enum {string} */
            role: "ops" | "manufacturer" | "retailer";
            manufacturerId: string | null;
            retailerId: string | null;
            isAdmin: boolean;
            /** Format: date-time */
            disabledAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        LoginResponse: {
            /** @description Send as "Authorization: Bearer <accessToken>" */
            accessToken: string;
            /** @description Seconds until the token expires */
            expiresIn: number;
            user: components["schemas"]["UserView"];
        };
        ErrorResponse: {
            /** @example 404 */
            statusCode: number;
            /** @example Not Found */
            error: string;
            /** @example Order not found */
            message: string;
        };
        PrincipalView: {
            /** @enum {string} */
            kind: "user" | "api-key";
            /** Format: uuid */
            userId?: string;
            /** Format: uuid */
            apiKeyId?: string;
            /** @enum {string} */
            role: "ops" | "manufacturer" | "retailer";
            /** Format: uuid */
            manufacturerId?: string;
            /** Format: uuid */
            retailerId?: string;
            isAdmin: boolean;
        };
        NewApiKeyDto: {
            /** @example Shop inventory system */
            name: string;
        };
        PersonRef: {
            /** Format: uuid */
            id: string;
            name: string;
            email: string;
        };
        CreatedApiKey: {
            id: string;
            name: string;
            /** @description The first characters of the key */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The admin who created it; disabling them revokes it */
            createdBy: components["schemas"]["PersonRef"];
            /**
             * Format: date-time
             * @description Last request made with it (updated at most once a minute)
             */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description The admin who revoked it, or who disabled its creator */
            revokedBy: components["schemas"]["PersonRef"] | null;
            /** @description Why it was revoked when not directly, e.g. its creator was disabled */
            revokedReason: string | null;
            /** @description The key itself. Shown only now: store it safely. Send it as the "X-Api-Key" header. */
            key: string;
        };
        ApiKeyView: {
            id: string;
            name: string;
            /** @description The first characters of the key */
            prefix: string;
            /** Format: date-time */
            createdAt: string;
            /** @description The admin who created it; disabling them revokes it */
            createdBy: components["schemas"]["PersonRef"];
            /**
             * Format: date-time
             * @description Last request made with it (updated at most once a minute)
             */
            lastUsedAt: string | null;
            /** Format: date-time */
            revokedAt: string | null;
            /** @description The admin who revoked it, or who disabled its creator */
            revokedBy: components["schemas"]["PersonRef"] | null;
            /** @description Why it was revoked when not directly, e.g. its creator was disabled */
            revokedReason: string | null;
        };
        NewUserDto: {
            /**
             * Format: email
             * @example ana@velo.example
             */
            email: string;
            /** @example Ana Ruiz */
            name: string;
            /** @description At least 12 characters, not only spaces, and hard to guess: common passwords, keyboard walks, repeats and the e-mail or name are refused, with the reason */
            password: string;
            /**
             * @description May add and disable users of the organisation
             * @default false
             */
            isAdmin: boolean;
        };
        OnboardTenantDto: {
            /** @example Cascade Cycles */
            name: string;
            /** @description The organisation's first admin user */
            admin: components["schemas"]["NewUserDto"];
        };
        TenantView: {
            id: string;
            name: string;
            /** Format: date-time */
            createdAt: string;
        };
        StoreAddress: {
            /** @description The store is at /s/<slug> */
            slug: string;
        };
        OnboardedTenant: {
            tenant: components["schemas"]["TenantView"];
            /** @description Manufacturers only: their new store */
            store?: components["schemas"]["StoreAddress"];
            admin: components["schemas"]["UserView"];
        };
        OrganisationView: {
            /** @enum {string} */
            kind: "manufacturer" | "retailer";
            id: string;
            name: string;
            /** @description Manufacturers: their store's slug */
            storeSlug: string | null;
            /** @description Users, disabled ones included */
            users: number;
            activeUsers: number;
            /** Format: date-time */
            createdAt: string;
        };
        WarehouseDto: {
            line1: string;
            line2?: string;
            city: string;
            region: string;
            postalCode: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example US
             */
            country: string;
            /** @description WGS84, sent with lng; located from the postal code when omitted or 0,0 */
            lat?: number;
            /** @description WGS84, sent with lat */
            lng?: number;
        };
        StoreSettings: {
            slug: string;
            name: string;
            logoUrl: string | null;
            primaryColor: string;
            accentColor: string;
            tagline: string | null;
            supportEmail: string | null;
            currency: string;
            id: string;
            minBoardHours: number;
            shipByDays: number;
            maxInventoryAgeHours: number;
            pickupAcceptHours: number;
            pickupHoldDays: number;
            shipToStoreDays: number;
            returnWindowDays: number;
            warehouse: components["schemas"]["WarehouseDto"] | null;
        };
        UpdateStoreDto: {
            name?: string;
            /**
             * @description URL-safe: lower-case letters, digits, hyphens
             * @example cascade-cycles
             */
            slug?: string;
            /** Format: uri */
            logoUrl?: string;
            /** @example #0f766e */
            primaryColor?: string;
            /** @example #f59e0b */
            accentColor?: string;
            tagline?: string;
            /** Format: email */
            supportEmail?: string;
            /**
             * @description ISO 4217; money is in its minor unit (cents, yen, fils)
             * @example USD
             */
            currency?: string;
            /** @description Minimum hours an order stays on the bid board */
            minBoardHours?: number;
            /** @description Days the fulfiller has to ship once awarded */
            shipByDays?: number;
            /** @description Hours a retailer location's inventory feed stays fresh; an older feed makes no automatic bids on your orders */
            maxInventoryAgeHours?: number;
            /** @description Hours a store has to accept a pickup order before the manufacturer ships it there */
            pickupAcceptHours?: number;
            /** @description Days a customer has to collect a ready pickup before it is cancelled */
            pickupHoldDays?: number;
            /** @description Days the customer is told a ship-to-store takes */
            shipToStoreDays?: number;
            /** @description Days after delivery or pickup within which returns may be requested */
            returnWindowDays?: number;
            /** @description Where the manufacturer ships from when nobody bids */
            warehouse?: components["schemas"]["WarehouseDto"];
        };
        StoreBranding: {
            slug: string;
            name: string;
            logoUrl: string | null;
            primaryColor: string;
            accentColor: string;
            tagline: string | null;
            supportEmail: string | null;
            currency: string;
        };
        ImageVariantView: {
            /**
             * @description Width in CSS pixels
             * @example 480
             */
            width: number;
            /** @example /media/products/1f2e/480.webp */
            url: string;
        };
        PublicProduct: {
            sku: string;
            name: string;
            /** @description Plain text with light Markdown (paragraphs, lists, *emphasis*, links); never HTML */
            description: string;
            /** @description The largest image: an http(s) URL or a path on this site */
            imageUrl: string | null;
            /** @description Text for people who cannot see the image; the product's name when the manufacturer gave none */
            imageAlt: string;
            /** @description Smaller copies of the image, narrowest first, for a srcset */
            imageVariants: components["schemas"]["ImageVariantView"][];
            priceMinor: number;
            currency: string;
        };
        CreateProductDto: {
            /**
             * @description Unique in your catalogue; letters, digits, - _ .
             * @example BK-ROAD-54
             */
            sku: string;
            /**
             * @description GTIN-8, UPC-A (12 digits), EAN-13 or GTIN-14 with its check digit; unique in your catalogue. Retailers may name the product by it in inventory feeds
             * @example 036000291452
             */
            gtin?: string | null;
            /** @example Road bike, 54 cm */
            name: string;
            /** @default  */
            description: string;
            /**
             * @description An http(s) URL, or a path on this site (an uploaded image, /assets/…)
             * @example https://cdn.example.com/road-54.jpg
             */
            imageUrl?: string;
            /**
             * @description What the image shows, for people who cannot see it; empty: the product's name
             * @default
             */
            imageAlt: string;
            /**
             * @description What the customer pays, in minor units of the store currency
             * @example 129900
             */
            priceMinor: number;
            /**
             * @description Fixed price paid to the fulfiller, in minor units; at most priceMinor
             * @example 110000
             */
            fulfilmentPriceMinor: number;
            /** @default true */
            active: boolean;
        };
        ProductView: {
            id: string;
            sku: string;
            gtin: string | null;
            name: string;
            description: string;
            imageUrl: string | null;
            imageAlt: string;
            imageVariants: components["schemas"]["ImageVariantView"][];
            priceMinor: number;
            fulfilmentPriceMinor: number;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ProductPage: {
            items: components["schemas"]["ProductView"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        UpdateProductDto: {
            /**
             * @description Unique in your catalogue; letters, digits, - _ .
             * @example BK-ROAD-54
             */
            sku?: string;
            /**
             * @description GTIN-8, UPC-A (12 digits), EAN-13 or GTIN-14 with its check digit; unique in your catalogue. Retailers may name the product by it in inventory feeds
             * @example 036000291452
             */
            gtin?: string | null;
            /** @example Road bike, 54 cm */
            name?: string;
            /** @default  */
            description: string;
            /**
             * @description An http(s) URL, or a path on this site (an uploaded image, /assets/…)
             * @example https://cdn.example.com/road-54.jpg
             */
            imageUrl?: string;
            /**
             * @description What the image shows, for people who cannot see it; empty: the product's name
             * @default
             */
            imageAlt: string;
            /**
             * @description What the customer pays, in minor units of the store currency
             * @example 129900
             */
            priceMinor?: number;
            /**
             * @description Fixed price paid to the fulfiller, in minor units; at most priceMinor
             * @example 110000
             */
            fulfilmentPriceMinor?: number;
            /** @default true */
            active: boolean;
        };
        CustomerDto: {
            /** @example Jamie Rivera */
            name: string;
            /**
             * Format: email
             * @example jamie@example.com
             */
            email: string;
            /** @example +1 503 555 0100 */
            phone?: string;
        };
        ShippingAddressDto: {
            /** @example 1200 SW Main St */
            line1: string;
            line2?: string;
            /** @example Portland */
            city: string;
            /** @example OR */
            region: string;
            /**
             * @description A US ZIP code may carry its +4 as 12345-6789, 12345 6789 or 123456789
             * @example 97201
             */
            postalCode: string;
            /**
             * @description ISO 3166-1 alpha-2. US territories (PR, GU, VI, AS, MP, …) may be sent as their own codes; their ZIP codes locate them
             * @example US
             */
            country: string;
            /** @description WGS84, sent with lng. Omitted, or 0 with lng 0 (unknown), the address is located from its US ZIP code */
            lat?: number;
            /** @description WGS84, sent with lat */
            lng?: number;
        };
        FulfilmentChoiceDto: {
            /**
             * @description ship: to the shipping address, through the bid board; pickup: at a dealer's store
             * @enum {string}
             */
            method: "ship" | "pickup";
            /**
             * Format: uuid
             * @description For pickup: a location from GET /stores/{slug}/pickup-locations
             */
            locationId?: string;
        };
        OrderLineInput: {
            /** @example BK-ROAD-54 */
            sku: string;
            /** @example 1 */
            quantity: number;
        };
        PlaceOrderDto: {
            customer: components["schemas"]["CustomerDto"];
            /** @description Required to ship; omitted for pickup */
            shippingAddress?: components["schemas"]["ShippingAddressDto"];
            /** @description Default: ship to the shipping address */
            fulfilment?: components["schemas"]["FulfilmentChoiceDto"];
            lines: components["schemas"]["OrderLineInput"][];
        };
        PlacedOrderLine: {
            sku: string;
            name: string;
            quantity: number;
            unitPriceMinor: number;
            lineTotalMinor: number;
        };
        PlacedOrder: {
            id: string;
            /** @example 100042 */
            number: string;
            /** @example posted */
            status: string;
            currency: string;
            /** @description Minor units of the currency; an order past 10000000000 is refused with a 422 */
            totalMinor: number;
            lines: components["schemas"]["PlacedOrderLine"][];
            /** @description Keep it: it lets you follow, export and erase this order */
            trackingToken: string;
            trackingUrl: string;
            /** Format: date-time */
            placedAt: string;
        };
        OrderLineView: {
            sku: string;
            name: string;
            quantity: number;
            unitPriceMinor: number;
        };
        Fulfiller: {
            /** @enum {string} */
            kind: "retailer" | "manufacturer";
            /** @example Velo Shop */
            name: string;
            /** @example Portland, OR */
            place: string | null;
            distanceKm: number | null;
            /** @example Velo Shop, Portland OR — 2.6 mi from you, the nearest dealer who confirmed they had it in stock */
            summary: string;
        };
        TimelineEntry: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            status: "placed" | "posted" | "awarded_retailer" | "awarded_manufacturer" | "shipped" | "delivered" | "cancelled" | "pickup_assigned" | "pickup_accepted" | "ship_to_store" | "ready_for_pickup" | "picked_up";
            note: string;
        };
        PickupView: {
            /** @example Velo Shop */
            store: string;
            /** @example 1 Main St, Portland, OR 97201 */
            address: string;
            /**
             * @description The store's time zone, to show its dates in
             * @example America/Los_Angeles
             */
            timeZone: string;
            /**
             * Format: date-time
             * @description The store must accept by then, else the manufacturer ships it there
             */
            acceptBy: string;
            /**
             * Format: date-time
             * @description When shipped to the store: when it should be ready
             */
            estimatedReadyAt: string | null;
            /** Format: date-time */
            readyAt: string | null;
            /**
             * Format: date-time
             * @description Not collected by then: cancelled
             */
            collectBy: string | null;
            /** Format: date-time */
            pickedUpAt: string | null;
            /** @description Shown once the order is ready, to show at the counter */
            code: string | null;
        };
        TrackedOrder: {
            number: string;
            /** @enum {string} */
            status: "placed" | "posted" | "awarded_retailer" | "awarded_manufacturer" | "shipped" | "delivered" | "cancelled" | "pickup_assigned" | "pickup_accepted" | "ship_to_store" | "ready_for_pickup" | "picked_up";
            storeName: string;
            storeSlug: string;
            currency: string;
            totalMinor: number;
            lines: components["schemas"]["OrderLineView"][];
            /** @description Where it ships to (city and region only) */
            shipTo: string;
            /**
             * @description Country it ships to (ISO 3166-1 alpha-2): distances are in miles for US addresses
             * @example US
             */
            shipCountry: string;
            /**
             * @description IANA time zone at the shipping address: show times in the customer's own
             * @example America/Los_Angeles
             */
            timeZone: string;
            /**
             * Format: date-time
             * @description When the fulfiller is chosen
             */
            resolvesAt: string | null;
            fulfiller: components["schemas"]["Fulfiller"] | null;
            timeline: components["schemas"]["TimelineEntry"][];
            canCancel: boolean;
            canErase: boolean;
            erased: boolean;
            /** @description For a pick-up-in-store order: where, and by when each step is due */
            pickup: components["schemas"]["PickupView"] | null;
        };
        CustomerCancelDto: {
            reason?: string;
        };
        OrderSummary: {
            id: string;
            number: string;
            /** @enum {string} */
            status: "placed" | "posted" | "awarded_retailer" | "awarded_manufacturer" | "shipped" | "delivered" | "cancelled" | "pickup_assigned" | "pickup_accepted" | "ship_to_store" | "ready_for_pickup" | "picked_up";
            currency: string;
            totalMinor: number;
            payoutMinor: number;
            customerName: string;
            shipCity: string;
            shipRegion: string;
            /** Format: date-time */
            resolvesAt: string | null;
            /** Format: date-time */
            createdAt: string;
        };
        OrderPage: {
            items: components["schemas"]["OrderSummary"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        ShipPointView: {
            /**
             * @description coordinates: sent with the order; postal-code: its ZIP centroid; city / postal-prefix: its ZIP is missing from the offline data set, so its town or its ZIP-prefix area (approximate); military-mail: no point, shipped by the manufacturer
             * @enum {string}
             */
            locatedBy: "coordinates" | "postal-code" | "city" | "postal-prefix" | "military-mail";
            /** @description True when located by town or ZIP-prefix area: distances to it are rough */
            approximate: boolean;
        };
        ShippingAddressView: {
            line1: string;
            line2: string | null;
            city: string;
            region: string;
            postalCode: string;
            country: string;
            /** @description Null for military mail */
            lat: number | null;
            /** @description Null for military mail */
            lng: number | null;
            located: components["schemas"]["ShipPointView"];
        };
        ManufacturerOrderDetail: {
            id: string;
            number: string;
            /** @enum {string} */
            status: "placed" | "posted" | "awarded_retailer" | "awarded_manufacturer" | "shipped" | "delivered" | "cancelled" | "pickup_assigned" | "pickup_accepted" | "ship_to_store" | "ready_for_pickup" | "picked_up";
            currency: string;
            totalMinor: number;
            payoutMinor: number;
            customerName: string;
            shipCity: string;
            shipRegion: string;
            /** Format: date-time */
            resolvesAt: string | null;
            /** Format: date-time */
            createdAt: string;
            customerEmail: string;
            customerPhone: string | null;
            shippingAddress: components["schemas"]["ShippingAddressView"];
            lines: components["schemas"]["OrderLineView"][];
            history: components["schemas"]["TimelineEntry"][];
            fulfiller: components["schemas"]["Fulfiller"] | null;
            cancelReason: string | null;
        };
        CancelOrderDto: {
            /** @example Product recalled */
            reason: string;
        };
        OpsOrderSummary: {
            id: string;
            number: string;
            /** @enum {string} */
            status: "placed" | "posted" | "awarded_retailer" | "awarded_manufacturer" | "shipped" | "delivered" | "cancelled" | "pickup_assigned" | "pickup_accepted" | "ship_to_store" | "ready_for_pickup" | "picked_up";
            currency: string;
            totalMinor: number;
            payoutMinor: number;
            customerName: string;
            shipCity: string;
            shipRegion: string;
            /** Format: date-time */
            resolvesAt: string | null;
            /** Format: date-time */
            createdAt: string;
            customerEmail: string;
            storeName: string;
        };
        OpsOrderPage: {
            items: components["schemas"]["OpsOrderSummary"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        OpsOrderDetail: {
            id: string;
            number: string;
            /** @enum {string} */
            status: "placed" | "posted" | "awarded_retailer" | "awarded_manufacturer" | "shipped" | "delivered" | "cancelled" | "pickup_assigned" | "pickup_accepted" | "ship_to_store" | "ready_for_pickup" | "picked_up";
            currency: string;
            totalMinor: number;
            payoutMinor: number;
            customerName: string;
            shipCity: string;
            shipRegion: string;
            /** Format: date-time */
            resolvesAt: string | null;
            /** Format: date-time */
            createdAt: string;
            customerEmail: string;
            customerPhone: string | null;
            shippingAddress: components["schemas"]["ShippingAddressView"];
            lines: components["schemas"]["OrderLineView"][];
            history: components["schemas"]["TimelineEntry"][];
            fulfiller: components["schemas"]["Fulfiller"] | null;
            cancelReason: string | null;
            storeName: string;
            storeSlug: string;
            manufacturerId: string;
            manufacturerName: string;
        };
        CreateLocationDto: {
            /** @example Downtown shop */
            name: string;
            /** @example 1 Market St */
            line1: string;
            line2?: string | null;
            /** @example San Francisco */
            city: string;
            /** @example CA */
            region: string;
            /** @example 94105 */
            postalCode: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example US
             */
            country: string;
            /**
             * @description WGS84; send with lng, or leave both out to locate from the postal code
             * @example 37.7936
             */
            lat?: number;
            /** @example -122.3958 */
            lng?: number;
            /**
             * @description Orders shipping within this many km are on your board
             * @default 80
             */
            serviceRadiusKm: number;
        };
        LocationView: {
            line1: string;
            line2: string | null;
            city: string;
            region: string;
            postalCode: string;
            country: string;
            lat: number;
            lng: number;
            id: string;
            name: string;
            serviceRadiusKm: number;
            active: boolean;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        UpdateLocationDto: {
            /** @example Downtown shop */
            name?: string;
            /** @example 1 Market St */
            line1?: string;
            line2?: string | null;
            /** @example San Francisco */
            city?: string;
            /** @example CA */
            region?: string;
            /** @example 94105 */
            postalCode?: string;
            /**
             * @description ISO 3166-1 alpha-2
             * @example US
             */
            country?: string;
            /**
             * @description WGS84; send with lng, or leave both out to locate from the postal code
             * @example 37.7936
             */
            lat?: number;
            /** @example -122.3958 */
            lng?: number;
            /**
             * @description Orders shipping within this many km are on your board
             * @default 80
             */
            serviceRadiusKm: number;
            /** @description false takes the location off the board; true puts it back */
            active?: boolean;
        };
        RequestDealershipDto: {
            /**
             * Format: uuid
             * @description The manufacturer; or send storeSlug instead
             */
            manufacturerId?: string;
            /**
             * @description The manufacturer's store slug; or send manufacturerId instead
             * @example acme-bikes
             */
            storeSlug?: string;
            /** @example We stock your road range in three shops. */
            note?: string;
        };
        /** @enum {string} */
        DealerStatus: "requested" | "approved" | "rejected" | "revoked";
        Party: {
            id: string;
            name: string;
        };
        StoreRef: {
            name: string;
            slug: string;
        };
        DealerView: {
            id: string;
            status: components["schemas"]["DealerStatus"];
            /** @description The retailer's request note, or the manufacturer's reason for its decision */
            note: string | null;
            /** Format: date-time */
            decidedAt: string | null;
            manufacturer: components["schemas"]["Party"];
            store: components["schemas"]["StoreRef"];
            retailer: components["schemas"]["Party"];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        ApproveDealerDto: {
            /** @example Welcome aboard */
            reason?: string;
        };
        DealerReasonDto: {
            /**
             * @description Shown to the retailer
             * @example Repeatedly shipped late
             */
            reason: string;
        };
        Named: {
            id: string;
            name: string;
        };
        LineView: {
            sku: string;
            name: string;
            quantity: number;
        };
        ShipArea: {
            city: string;
            region: string;
            postalCode: string;
            country: string;
        };
        /** @enum {string} */
        BidStatus: "open" | "withdrawn" | "won" | "lost";
        OwnBid: {
            status: components["schemas"]["BidStatus"];
            locationId: string;
            placedAt: string;
        };
        BoardEntry: {
            orderId: string;
            /** @example 100042 */
            number: string;
            manufacturer: components["schemas"]["Named"];
            storeName: string;
            lines: components["schemas"]["LineView"][];
            /** @description What you are paid for fulfilling it, in minor units of currency */
            payoutMinor: number;
            currency: string;
            shipTo: components["schemas"]["ShipArea"];
            /**
             * Format: int32
             * @description Whole km from your nearest location to the order's area (the centre of the ~5.6 km grid cell holding the shipping point); the resolver measures to the exact point
             */
            distanceKm: number;
            /** @description Your nearest location */
            location: components["schemas"]["Named"];
            /** Format: date-time */
            postedAt: string;
            /**
             * Format: date-time
             * @description Bidding closes then; the resolver awards it at that run
             */
            resolvesAt: string;
            myBid: components["schemas"]["OwnBid"] | null;
        };
        BoardPage: {
            items: components["schemas"]["BoardEntry"][];
            /** @description Send as cursor for the next page; null on the last page */
            nextCursor: string | null;
        };
        PlaceBidDto: {
            /**
             * Format: uuid
             * @description The location you ship from; default: your nearest one in range
             */
            locationId?: string;
        };
        BidView: {
            id: string;
            orderId: string;
            orderNumber: string;
            /** @description The order status: posted while the window is open, then awarded */
            orderStatus: string;
            status: components["schemas"]["BidStatus"];
            location: components["schemas"]["Named"];
            /**
             * Format: int32
             * @description Whole km from that location to the order's area, as on the board
             */
            distanceKm: number;
            payoutMinor: number;
            currency: string;
            /** Format: date-time */
            placedAt: string;
            /** Format: date-time */
            resolvesAt: string;
            /** @description Placed by automatic bidding from the location's inventory feed */
            automatic: boolean;
            /** @description Why it was withdrawn when you did not withdraw it yourself (a stale feed, a stock recount) */
            withdrawnReason: string | null;
        };
        BidPage: {
            items: components["schemas"]["BidView"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        WonLine: {
            sku: string;
            name: string;
            quantity: number;
            unitFulfilmentPriceMinor: number;
        };
        Customer: {
            name: string;
            email: string;
            phone: string | null;
        };
        AddressView: {
            line1: string;
            line2: string | null;
            city: string;
            region: string;
            postalCode: string;
            country: string;
            lat: number;
            lng: number;
        };
        AwardSummary: {
            /** @description Your location that ships it */
            locationId: string;
            distanceKm: number;
            reason: string;
            awardedAt: string;
        };
        WonShipment: {
            /** @example UPS */
            carrier: string;
            /**
             * @description Letters and digits only, as carriers look it up
             * @example 1Z999AA10123456784
             */
            trackingNumber: string;
            /** Format: date-time */
            shippedAt: string;
            /**
             * Format: date-time
             * @description When it was marked delivered; null until then
             */
            deliveredAt: string | null;
        };
        WonOrderView: {
            id: string;
            number: string;
            status: string;
            manufacturer: components["schemas"]["Named"];
            storeName: string;
            currency: string;
            payoutMinor: number;
            lines: components["schemas"]["WonLine"][];
            customer: components["schemas"]["Customer"];
            shipTo: components["schemas"]["AddressView"];
            award: components["schemas"]["AwardSummary"];
            /**
             * Format: date-time
             * @description Ship by then, or the order goes to the next-nearest bidder
             */
            shipBy: string;
            /** @description What you shipped it with, once marked shipped (an order ships as one parcel today); empty before */
            shipments: components["schemas"]["WonShipment"][];
        };
        WonOrderPage: {
            items: components["schemas"]["WonOrderView"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        OpsBidView: {
            id: string;
            retailer: components["schemas"]["Named"];
            location: components["schemas"]["Named"];
            distanceKm: number;
            status: components["schemas"]["BidStatus"];
            placedAt: string;
        };
        OpsBoardView: {
            orderId: string;
            number: string;
            status: string;
            manufacturer: components["schemas"]["Named"];
            storeName: string;
            lines: components["schemas"]["LineView"][];
            payoutMinor: number;
            currency: string;
            shipTo: components["schemas"]["ShipArea"];
            /** Format: date-time */
            postedAt: string | null;
            /** Format: date-time */
            resolvesAt: string | null;
            /** @description How the shipping point was found; approximate ones are flagged */
            located: components["schemas"]["ShipPointView"];
            bids: components["schemas"]["OpsBidView"][];
        };
        CloseWindowsDto: {
            /**
             * Format: uuid
             * @description Only this manufacturer's orders (default: every store's)
             */
            manufacturerId?: string;
            /**
             * @description Why; shown in each closed order's history
             * @example Urgent run before the holiday
             */
            reason: string;
        };
        WindowClosureView: {
            id: string;
            /** @description null: every manufacturer */
            manufacturerId: string | null;
            manufacturerName: string | null;
            closedBy: string | null;
            reason: string;
            /** @description Orders on the board whose window this closed */
            ordersClosed: number;
            /** Format: date-time */
            createdAt: string;
        };
        FeedView: {
            location: components["schemas"]["Named"];
            /** @description false: no feed yet; its bids hold nothing and it makes no automatic bids */
            hasFeed: boolean;
            /** Format: date-time */
            countedAt: string | null;
            /** @description Seconds since countedAt */
            ageSeconds: number | null;
            /** @description Products with a count */
            products: number;
            unitsOnHand: number;
            /** @description Units held by open bids, unshipped won orders and accepted pickups not yet picked up */
            unitsHeld: number;
            /** @description Manufacturers you bid on automatically whose maximum feed age this feed exceeds: no automatic bids for them from here */
            staleFor: components["schemas"]["Named"][];
        };
        FeedUploadView: {
            /** @description Products counted in this upload */
            applied: number;
            /** @description Products no longer listed, removed by a full replace */
            removed: number;
            /** @description Bids withdrawn because the new count no longer covers them (newest first) */
            withdrawnBids: number;
            feed: components["schemas"]["FeedView"];
        };
        FeedItemDto: {
            /**
             * @description The manufacturer's SKU; send sku or gtin
             * @example BK-ROAD-54
             */
            sku?: string;
            /**
             * @description GTIN/UPC/EAN as the manufacturer gives it; send sku or gtin
             * @example 036000291452
             */
            gtin?: string;
            /**
             * @description The manufacturer's store slug, needed only when two of your manufacturers use the same SKU
             * @example cascade-cycles
             */
            manufacturer?: string;
            /**
             * @description Units on hand (absolute, not a change)
             * @example 4
             */
            quantity: number;
        };
        FeedDto: {
            items: components["schemas"]["FeedItemDto"][];
            /**
             * Format: date-time
             * @description When the stock was counted (ISO 8601); default: now. Not in the future
             */
            countedAt?: string;
        };
        FeedDeltaDto: {
            items: components["schemas"]["FeedItemDto"][];
            /**
             * Format: date-time
             * @description When the stock was counted (ISO 8601); default: now. Not in the future
             */
            countedAt?: string;
        };
        StockItemView: {
            productId: string;
            sku: string;
            gtin: string | null;
            name: string;
            manufacturer: components["schemas"]["Named"];
            onHand: number;
            /** @description Held by open bids, unshipped won orders and accepted pickups not yet picked up */
            held: number;
            /** @description onHand − held (negative after a recount below unshipped won orders) */
            available: number;
            /** Format: date-time */
            countedAt: string;
        };
        StockItemPage: {
            items: components["schemas"]["StockItemView"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        HeldLine: {
            sku: string;
            quantity: number;
        };
        HoldView: {
            /**
             * Format: uuid
             * @description The bid that holds the stock; null for a pickup
             */
            bidId: string | null;
            orderId: string;
            orderNumber: string;
            /**
             * @description open: on the board; won: awarded to you, held until shipped; pickup: a pickup you accepted, held until picked up
             * @enum {string}
             */
            status: "open" | "won" | "pickup";
            automatic: boolean;
            /**
             * Format: date-time
             * @description When the bid was placed, or the pickup accepted
             */
            placedAt: string;
            lines: components["schemas"]["HeldLine"][];
        };
        HoldPage: {
            items: components["schemas"]["HoldView"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        AutoBidSettingView: {
            manufacturer: components["schemas"]["Named"];
            locationIds: string[] | null;
            /** Format: date-time */
            updatedAt: string;
        };
        /** @enum {string} */
        AutoBidOutcome: "bid" | "out_of_stock" | "stale" | "no_feed";
        DecisionView: {
            orderId: string;
            orderNumber: string;
            outcome: components["schemas"]["AutoBidOutcome"];
            location: components["schemas"]["Named"] | null;
            reason: string;
            /** Format: date-time */
            decidedAt: string;
        };
        DecisionPage: {
            items: components["schemas"]["DecisionView"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        AutoBidSettingDto: {
            /** @description Only these locations bid automatically; null or absent: all your active locations */
            locationIds?: string[] | null;
        };
        DealerFeedView: {
            retailer: components["schemas"]["Named"];
            /** @description Bids automatically on your orders */
            autoBidding: boolean;
            /** @description Active locations */
            locations: number;
            /** @description Active locations with a feed no older than your maximum inventory age */
            freshFeeds: number;
            /** @description Active locations with an older feed */
            staleFeeds: number;
            /**
             * Format: date-time
             * @description The oldest count among its feeds
             */
            oldestCountedAt: string | null;
            /** Format: date-time */
            newestCountedAt: string | null;
        };
        StartResolutionDto: {
            /**
             * @description Compute what would be awarded without writing any award
             * @default false
             */
            dryRun: boolean;
            /**
             * Format: uuid
             * @description Only this manufacturer's orders (default: every manufacturer)
             */
            manufacturerId?: string;
        };
        RunCounts: {
            /** @description Due orders this run decided */
            considered: number;
            awardedRetailer: number;
            awardedManufacturer: number;
        };
        RunDistances: {
            /** @description Mean distance of retailer awards, km */
            meanKm: number | null;
            maxKm: number | null;
        };
        SampleAwardView: {
            orderNumber: string;
            /** @enum {string} */
            kind: "retailer" | "manufacturer";
            retailerName: string | null;
            distanceKm: number | null;
            reason: string;
        };
        RunView: {
            id: string;
            /** @enum {string} */
            trigger: "schedule" | "ops" | "cli";
            dryRun: boolean;
            manufacturerId: string | null;
            /** @enum {string} */
            state: "queued" | "running" | "completed" | "failed";
            /** @description 0 to 100 */
            progressPercent: number;
            /** @description Due orders when the run was planned */
            planned: number;
            counts: components["schemas"]["RunCounts"];
            distance: components["schemas"]["RunDistances"];
            /** @description Jobs the run was split into, and how many have finished */
            parts: Record<string, never>;
            /** @description Dry runs: examples of would-be awards */
            sample: components["schemas"]["SampleAwardView"][];
            error: string | null;
            /** @description Times the run was found without its jobs in Redis (restarted empty) and queued again */
            recoveries: number;
            /**
             * Format: date-time
             * @description When its lost jobs were last queued again
             */
            recoveredAt: string | null;
            /** Format: date-time */
            cutoff: string;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            startedAt: string | null;
            /** Format: date-time */
            finishedAt: string | null;
            /** @description Milliseconds from start to finish (or until now) */
            durationMs: number | null;
        };
        RunPage: {
            items: components["schemas"]["RunView"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        ShipOrderDto: {
            /** @example UPS */
            carrier: string;
            /**
             * @description As the carrier printed it: 4 to 40 letters and digits, in groups that may be separated by spaces, dots, slashes or dashes (e.g. "1Z 999 AA1 01 2345 678 4", "99.00.123456.12345678"). Stored and shown without the separators, letters upper-cased.
             * @example 99.00.123456.12345678
             */
            trackingNumber: string;
        };
        FulfilmentView: {
            orderId: string;
            number: string;
            /** @enum {string} */
            status: "placed" | "posted" | "awarded_retailer" | "awarded_manufacturer" | "shipped" | "delivered" | "cancelled" | "pickup_assigned" | "pickup_accepted" | "ship_to_store" | "ready_for_pickup" | "picked_up";
            carrier: string | null;
            /** @description Letters and digits only, as carriers look it up */
            trackingNumber: string | null;
            /** Format: date-time */
            shippedAt: string | null;
            /** Format: date-time */
            deliveredAt: string | null;
        };
        DeclineOrderDto: {
            /**
             * @description Shown on the customer's tracking page
             * @example The last one in stock was damaged
             */
            reason: string;
        };
        DeclinedView: {
            orderId: string;
            number: string;
            /**
             * @description Who fulfils the order now
             * @enum {string}
             */
            passedTo: "retailer" | "manufacturer";
        };
        PickupLocationView: {
            /**
             * Format: uuid
             * @description Send it as fulfilment.locationId when placing the order
             */
            locationId: string;
            /** @example Velo Shop */
            retailerName: string;
            /** @example Velo Shop Pearl District */
            locationName: string;
            /** @example 1 Main St, Portland, OR 97201 */
            address: string;
            /** @example Portland */
            city: string;
            /** @example OR */
            region: string;
            /** @example US */
            country: string;
            /** @description Great-circle distance from the searched point, in km, one decimal */
            distanceKm: number;
        };
        PickupLocationList: {
            /** @description Nearest first, at most 20 */
            items: components["schemas"]["PickupLocationView"][];
        };
        PickupLineView: {
            sku: string;
            name: string;
            quantity: number;
        };
        StorePickupView: {
            orderId: string;
            number: string;
            /** @enum {string} */
            status: "placed" | "posted" | "awarded_retailer" | "awarded_manufacturer" | "shipped" | "delivered" | "cancelled" | "pickup_assigned" | "pickup_accepted" | "ship_to_store" | "ready_for_pickup" | "picked_up";
            locationId: string;
            /** @description Who collects it */
            customerName: string;
            lines: components["schemas"]["PickupLineView"][];
            /**
             * @description From the store's stock, or shipped to it by the manufacturer
             * @enum {string}
             */
            source: "store" | "ship-to-store";
            /** Format: date-time */
            acceptBy: string;
            /** Format: date-time */
            acceptedAt: string | null;
            /** Format: date-time */
            estimatedReadyAt: string | null;
            /** Format: date-time */
            readyAt: string | null;
            /** Format: date-time */
            collectBy: string | null;
            /** Format: date-time */
            pickedUpAt: string | null;
        };
        DeclinePickupDto: {
            /**
             * @description Shown on the customer's tracking page
             * @example Out of stock in this size
             */
            reason: string;
        };
        PickedUpDto: {
            /**
             * @description The code the customer shows (from their e-mail or tracking page)
             * @example K7QF2MZA
             */
            code: string;
        };
        ReturnableLine: {
            sku: string;
            name: string;
            /** @description Units not yet in a return (refused returns give theirs back) */
            quantity: number;
        };
        ReturnLineView: {
            sku: string;
            name: string;
            quantity: number;
            reason: string;
            /** @description Price paid per unit, minor units */
            unitPriceMinor: number;
        };
        ReturnEventView: {
            /** Format: date-time */
            at: string;
            /** @enum {string} */
            status: "requested" | "approved" | "refused" | "received" | "refunded";
            note: string;
        };
        ReturnView: {
            id: string;
            orderId: string;
            orderNumber: string;
            /** @enum {string} */
            status: "requested" | "approved" | "refused" | "received" | "refunded";
            /** @description Who handles it: the retailer that fulfilled the order, or the manufacturer */
            handledBy: string;
            currency: string;
            /** @description Refund due for these lines, minor units; recorded when the goods are received */
            refundMinor: number;
            instructions: string | null;
            refusalReason: string | null;
            /** Format: date-time */
            requestedAt: string;
            /** Format: date-time */
            receivedAt: string | null;
            /**
             * Format: date-time
             * @description Payment is on account: the refund is recorded, not paid out here
             */
            refundedAt: string | null;
            lines: components["schemas"]["ReturnLineView"][];
            history: components["schemas"]["ReturnEventView"][];
        };
        CustomerReturns: {
            /**
             * Format: date-time
             * @description Returns may be requested until then; null before delivery or pickup
             */
            returnableUntil: string | null;
            returnable: components["schemas"]["ReturnableLine"][];
            returns: components["schemas"]["ReturnView"][];
        };
        ReturnLineInput: {
            /** @example BK-ROAD-54 */
            sku: string;
            /** @example 1 */
            quantity: number;
            /**
             * @description Why it goes back
             * @example Wrong size
             */
            reason: string;
        };
        RequestReturnDto: {
            lines: components["schemas"]["ReturnLineInput"][];
        };
        ApproveReturnDto: {
            /**
             * @description Told to the customer
             * @example Bring it to the store with the receipt, or ship it to 1 Main St, Portland OR 97201
             */
            instructions: string;
        };
        RefuseReturnDto: {
            /**
             * @description Told to the customer
             * @example The item was used
             */
            reason: string;
        };
        RatingView: {
            stars: number;
            comment: string | null;
            /** Format: date-time */
            ratedAt: string;
            /** @description Who fulfilled the order: the rated retailer, or the manufacturer */
            fulfilledBy: string;
        };
        CustomerRating: {
            /** @description True once the order is delivered or picked up */
            canRate: boolean;
            rating: components["schemas"]["RatingView"] | null;
        };
        RateDto: {
            /**
             * @description How the order was fulfilled: 1 (poor) to 5 (excellent)
             * @example 5
             */
            stars: number;
            /** @example Ready the same day, friendly staff */
            comment?: string;
        };
        DealerRecord: {
            retailerId: string;
            retailerName: string;
            manufacturerId: string;
            manufacturerName: string;
            /** @description Orders awarded or assigned (pickup) to the retailer */
            awards: number;
            /** @description Awards it declined */
            declines: number;
            /** @description Awards it let pass their deadline (ship-by, pickup acceptance) or shipped after it */
            lateShipments: number;
            /** @description Customer ratings received */
            ratings: number;
            /** @description Average stars, one decimal; null without ratings */
            averageStars: number | null;
        };
        StatementLine: {
            /**
             * @description A fulfilled order, or a received return reversing part of one (negative amounts)
             * @enum {string}
             */
            kind: "order" | "return";
            orderNumber: string;
            /** Format: date-time */
            shippedAt: string;
            /**
             * Format: date-time
             * @description For a return: when the goods came back, which puts it in this period
             */
            returnReceivedAt: string | null;
            /** @example USD */
            currency: string;
            /** @description Who shipped it: a retailer, or the manufacturer itself */
            fulfilledBy: string;
            /** @description What the customer paid */
            totalMinor: number;
            /** @description The fixed fulfilment price */
            payoutMinor: number;
            /** @description Platform fee: a percentage of the fulfilment price plus a fixed amount per currency, at most the fulfilment price */
            feeMinor: number;
            /** @description Owed to the fulfiller: fulfilment price less fee */
            fulfillerNetMinor: number;
            /** @description Kept by the manufacturer: the payment less the fulfilment price */
            manufacturerShareMinor: number;
            /** @description What the statement holder receives for this order */
            receivesMinor: number;
        };
        StatementTotal: {
            currency: string;
            /**
             * @description The platform fee in this currency
             * @example 9.5% + $1.29, at most the fulfilment price
             */
            feeRule: string;
            /** @description Fulfilled orders (return lines are not counted) */
            orders: number;
            feeMinor: number;
            receivesMinor: number;
        };
        Statement: {
            /** @enum {string} */
            party: "retailer" | "manufacturer";
            name: string;
            /** Format: date-time */
            from: string;
            /** Format: date-time */
            to: string;
            /**
             * @description The platform fee in each currency of the statement, separated by "; "
             * @example 9.5% + $1.29, at most the fulfilment price
             */
            feeRule: string;
            lines: components["schemas"]["StatementLine"][];
            /** @description One per currency (ISO 4217 has under 200) */
            totals: components["schemas"]["StatementTotal"][];
        };
        SetWebhookDto: {
            /**
             * Format: uri
             * @description Receives a signed POST per event
             * @example https://erp.example.com/nearfill/events
             */
            url: string;
            /**
             * @description Signs every delivery (HMAC-SHA256); 16 to 200 characters
             * @example whsec_6b1d0f7e3c2a4b5e9f8d7c6b
             */
            secret: string;
        };
        WebhookView: {
            url: string;
            /**
             * @description The last four characters of the secret, to tell which one is set
             * @example …7c6b
             */
            secretHint: string;
            /**
             * @example [
             *       "order.posted",
             *       "order.awarded",
             *       "order.lost",
             *       "order.rerouted",
             *       "order.cancelled"
             *     ]
             */
            events: string[];
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            updatedAt: string;
        };
        PingResult: {
            eventId: string;
            /** @description Whether the endpoint answered 2xx */
            ok: boolean;
            statusCode: number | null;
            error: string | null;
            durationMs: number;
        };
        DeliveryView: {
            id: string;
            eventId: string;
            /** @example order.awarded */
            event: string;
            /** @description 1 for the first try */
            attempt: number;
            url: string;
            statusCode: number | null;
            ok: boolean;
            error: string | null;
            durationMs: number;
            /**
             * @description The event's state now: pending means another try will follow
             * @enum {string|null}
             */
            eventState: "pending" | "delivered" | "failed" | "dropped" | null;
            /** Format: date-time */
            createdAt: string;
        };
        DeliveryPage: {
            items: components["schemas"]["DeliveryView"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        EmailSummary: {
            /** @description The notification id */
            id: string;
            orderNumber: string;
            /** @example order.shipped */
            event: string;
            to: string;
            fromName: string;
            subject: string;
            /**
             * @description smtp: handed to the SMTP server; outbox: kept here only (no SMTP_URL)
             * @enum {string}
             */
            transport: "smtp" | "outbox";
            /** Format: date-time */
            createdAt: string;
        };
        EmailPage: {
            items: components["schemas"]["EmailSummary"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
        EmailView: {
            /** @description The notification id */
            id: string;
            orderNumber: string;
            /** @example order.shipped */
            event: string;
            to: string;
            fromName: string;
            subject: string;
            /**
             * @description smtp: handed to the SMTP server; outbox: kept here only (no SMTP_URL)
             * @enum {string}
             */
            transport: "smtp" | "outbox";
            /** Format: date-time */
            createdAt: string;
            replyTo: string | null;
            text: string;
            html: string;
        };
        NotificationView: {
            id: string;
            /** @enum {string} */
            channel: "email" | "webhook" | "batch" | "job";
            event: string;
            orderNumber: string | null;
            /** @description The retailer a webhook goes to */
            retailerName: string | null;
            /** @enum {string} */
            state: "pending" | "delivered" | "failed" | "dropped";
            attempts: number;
            lastError: string | null;
            /**
             * Format: date-time
             * @description When it reached the queue; null while it waits in the outbox
             */
            relayedAt: string | null;
            /** Format: date-time */
            createdAt: string;
            /** Format: date-time */
            deliveredAt: string | null;
        };
        NotificationPage: {
            items: components["schemas"]["NotificationView"][];
            /** Format: int32 */
            total: number;
            /** Format: int32 */
            limit: number;
            /** Format: int32 */
            offset: number;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    AuthController_login: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ops@nearfill.example",
                 *       "password": "correct horse battery staple"
                 *     }
                 */
                "application/json": components["schemas"]["LoginDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LoginResponse"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Too many attempts; see the Retry-After header */
            429: {
                headers: {
                    /** @description Seconds to wait before trying again */
                    "Retry-After"?: number;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 429,
                     *       "error": "Too Many Requests",
                     *       "message": "Too many failed sign-in attempts for this account. Wait 15 minutes, then try again."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
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
                content: {
                    "application/json": components["schemas"]["PrincipalView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApiKeysController_list: {
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
                content: {
                    "application/json": components["schemas"]["ApiKeyView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApiKeysController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Shop inventory system"
                 *     }
                 */
                "application/json": components["schemas"]["NewApiKeyDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CreatedApiKey"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ApiKeysController_revoke: {
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
                content: {
                    "application/json": components["schemas"]["ApiKeyView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TeamController_list: {
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
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TeamController_add: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "email": "ana@velo.example",
                 *       "name": "Ana Ruiz",
                 *       "password": "text"
                 *     }
                 */
                "application/json": components["schemas"]["NewUserDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TeamController_get: {
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
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    TeamController_disable: {
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
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_alive: {
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
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status?: "ok";
                    };
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    HealthController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /**
             * @description Every dependency is up; `details` has one entry per dependency
             *
             *     The Health Check is successful
             */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @example ok
                         * @enum {string}
                         */
                        status?: "ok" | "degraded";
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        info?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /** @example {} */
                        error?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        } | null;
                        /**
                         * @example {
                         *       "database": {
                         *         "status": "up",
                         *         "responseTime": 12
                         *       }
                         *     }
                         */
                        details?: {
                            [key: string]: {
                                /** @enum {string} */
                                status: "up" | "degraded" | "down";
                                /** @description Time the health indicator took to respond, in ms */
                                responseTime?: number;
                            } & {
                                [key: string]: unknown;
                            };
                        };
                    };
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /**
             * @description The Health Check is not successful
             *
             *     A dependency is down: `message` names it, `details` has one entry per dependency
             */
            503: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 503,
                     *       "error": "Service Unavailable",
                     *       "message": "Not ready: redis down",
                     *       "details": {
                     *         "database": {
                     *           "status": "up"
                     *         },
                     *         "redis": {
                     *           "status": "down"
                     *         }
                     *       }
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    MetricsController_scrape: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Prometheus text exposition format */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "text/plain; version=0.0.4; charset=utf-8": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "text/plain; version=0.0.4; charset=utf-8": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OnboardingController_listManufacturers: {
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
                content: {
                    "application/json": components["schemas"]["TenantView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OnboardingController_onboardManufacturer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Cascade Cycles",
                 *       "admin": {
                 *         "email": "ana@velo.example",
                 *         "name": "Ana Ruiz",
                 *         "password": "text"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["OnboardTenantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardedTenant"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OnboardingController_listRetailers: {
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
                content: {
                    "application/json": components["schemas"]["TenantView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OnboardingController_onboardRetailer: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Cascade Cycles",
                 *       "admin": {
                 *         "email": "ana@velo.example",
                 *         "name": "Ana Ruiz",
                 *         "password": "text"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["OnboardTenantDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OnboardedTenant"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OnboardingController_organisations: {
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
                content: {
                    "application/json": components["schemas"]["OrganisationView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OnboardingController_organisationUsers: {
        parameters: {
            query?: {
                /** @description A manufacturer's users */
                manufacturerId?: string;
                /** @description A retailer's users (one of the two is required) */
                retailerId?: string;
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
                content: {
                    "application/json": components["schemas"]["UserView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OnboardingController_disable: {
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
                content: {
                    "application/json": components["schemas"]["UserView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StoreSettingsController_get: {
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
                content: {
                    "application/json": components["schemas"]["StoreSettings"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StoreSettingsController_update: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "slug": "cascade-cycles",
                 *       "primaryColor": "#0f766e",
                 *       "accentColor": "#f59e0b",
                 *       "currency": "USD"
                 *     }
                 */
                "application/json": components["schemas"]["UpdateStoreDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreSettings"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicStoresController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StoreBranding"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PublicStoresController_products: {
        parameters: {
            query?: {
                /** @description Words in the name or description (full-text, the last word may be a prefix) */
                q?: string;
                /** @description Default: relevance when searching, else name */
                sort?: "relevance" | "name" | "price-asc" | "price-desc" | "newest";
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PublicProduct"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CatalogController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                active?: "true" | "false";
                /** @description Exact SKU */
                sku?: string;
                /** @description Words in the name or description */
                q?: string;
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
                content: {
                    "application/json": components["schemas"]["ProductPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CatalogController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "sku": "BK-ROAD-54",
                 *       "gtin": "036000291452",
                 *       "name": "Road bike, 54 cm",
                 *       "imageUrl": "https://cdn.example.com/road-54.jpg",
                 *       "priceMinor": 129900,
                 *       "fulfilmentPriceMinor": 110000
                 *     }
                 */
                "application/json": components["schemas"]["CreateProductDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CatalogController_get: {
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
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CatalogController_deactivate: {
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
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CatalogController_update: {
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
                /**
                 * @example {
                 *       "sku": "BK-ROAD-54",
                 *       "gtin": "036000291452",
                 *       "name": "Road bike, 54 cm",
                 *       "imageUrl": "https://cdn.example.com/road-54.jpg",
                 *       "priceMinor": 129900,
                 *       "fulfilmentPriceMinor": 110000
                 *     }
                 */
                "application/json": components["schemas"]["UpdateProductDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ProductImagesController_upload: {
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
                "multipart/form-data": {
                    /**
                     * Format: binary
                     * @description The picture file
                     */
                    image: string;
                    /** @description What the picture shows; kept as it was when left out */
                    imageAlt?: string;
                };
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProductView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerOrdersController_place: {
        parameters: {
            query?: never;
            header: {
                /** @description A unique key per order, e.g. a UUID */
                "Idempotency-Key": string;
            };
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "customer": {
                 *         "name": "Jamie Rivera",
                 *         "email": "jamie@example.com",
                 *         "phone": "+1 503 555 0100"
                 *       },
                 *       "lines": [
                 *         {
                 *           "sku": "BK-ROAD-54",
                 *           "quantity": 1
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["PlaceOrderDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PlacedOrder"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerOrdersController_track: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackedOrder"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerOrdersController_cancel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["CustomerCancelDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackedOrder"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerOrdersController_export: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A JSON file: `exportedAt`, `explanation`, and the `order`, its `lines`, `history` and `awards` as stored */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": Record<string, never>;
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerOrdersController_erase: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TrackedOrder"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ManufacturerOrdersController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: "placed" | "posted" | "awarded_retailer" | "awarded_manufacturer" | "shipped" | "delivered" | "cancelled" | "pickup_assigned" | "pickup_accepted" | "ship_to_store" | "ready_for_pickup" | "picked_up";
                /** @description Placed at or after (ISO 8601) */
                from?: string;
                /** @description Placed before (ISO 8601) */
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
                content: {
                    "application/json": components["schemas"]["OrderPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ManufacturerOrdersController_get: {
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
                content: {
                    "application/json": components["schemas"]["ManufacturerOrderDetail"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ManufacturerOrdersController_cancel: {
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
                /**
                 * @example {
                 *       "reason": "Product recalled"
                 *     }
                 */
                "application/json": components["schemas"]["CancelOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ManufacturerOrderDetail"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpsOrdersController_search: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description An order number (with or without '#'), or the customer's e-mail or its start */
                q?: string;
                status?: "placed" | "posted" | "awarded_retailer" | "awarded_manufacturer" | "shipped" | "delivered" | "cancelled" | "pickup_assigned" | "pickup_accepted" | "ship_to_store" | "ready_for_pickup" | "picked_up";
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
                content: {
                    "application/json": components["schemas"]["OpsOrderPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpsOrdersController_get: {
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
                content: {
                    "application/json": components["schemas"]["OpsOrderDetail"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LocationsController_list: {
        parameters: {
            query?: {
                active?: "true" | "false";
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
                content: {
                    "application/json": components["schemas"]["LocationView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LocationsController_create: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "name": "Downtown shop",
                 *       "line1": "1 Market St",
                 *       "city": "San Francisco",
                 *       "region": "CA",
                 *       "postalCode": "94105",
                 *       "country": "US",
                 *       "lat": 37.7936,
                 *       "lng": -122.3958
                 *     }
                 */
                "application/json": components["schemas"]["CreateLocationDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LocationsController_get: {
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
                content: {
                    "application/json": components["schemas"]["LocationView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LocationsController_deactivate: {
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
                content: {
                    "application/json": components["schemas"]["LocationView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    LocationsController_update: {
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
                /**
                 * @example {
                 *       "name": "Downtown shop",
                 *       "line1": "1 Market St",
                 *       "city": "San Francisco",
                 *       "region": "CA",
                 *       "postalCode": "94105",
                 *       "country": "US",
                 *       "lat": 37.7936,
                 *       "lng": -122.3958
                 *     }
                 */
                "application/json": components["schemas"]["UpdateLocationDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["LocationView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RetailerDealersController_list: {
        parameters: {
            query?: {
                status?: components["schemas"]["DealerStatus"];
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
                content: {
                    "application/json": components["schemas"]["DealerView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RetailerDealersController_request: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "storeSlug": "acme-bikes",
                 *       "note": "We stock your road range in three shops."
                 *     }
                 */
                "application/json": components["schemas"]["RequestDealershipDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealerView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ManufacturerDealersController_list: {
        parameters: {
            query?: {
                status?: components["schemas"]["DealerStatus"];
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
                content: {
                    "application/json": components["schemas"]["DealerView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ManufacturerDealersController_approve: {
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
                /**
                 * @example {
                 *       "reason": "Welcome aboard"
                 *     }
                 */
                "application/json": components["schemas"]["ApproveDealerDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealerView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ManufacturerDealersController_reject: {
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
                /**
                 * @example {
                 *       "reason": "Repeatedly shipped late"
                 *     }
                 */
                "application/json": components["schemas"]["DealerReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealerView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ManufacturerDealersController_revoke: {
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
                /**
                 * @example {
                 *       "reason": "Repeatedly shipped late"
                 *     }
                 */
                "application/json": components["schemas"]["DealerReasonDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DealerView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BoardController_list: {
        parameters: {
            query?: {
                /** @description Only this manufacturer's orders */
                manufacturerId?: string;
                /** @description Only orders with a line of this SKU */
                sku?: string;
                /** @description Only orders at most this many km from your nearest location */
                maxDistanceKm?: number;
                /** @description nextCursor of the previous page */
                cursor?: string;
                limit?: number;
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
                content: {
                    "application/json": components["schemas"]["BoardPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BoardController_bid: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["PlaceBidDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BidView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BoardController_withdraw: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["BidView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    BidsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                status?: components["schemas"]["BidStatus"];
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
                content: {
                    "application/json": components["schemas"]["BidPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WonOrdersController_list: {
        parameters: {
            query?: {
                limit?: number;
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
                content: {
                    "application/json": components["schemas"]["WonOrderPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WonOrdersController_get: {
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
                content: {
                    "application/json": components["schemas"]["WonOrderView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpsBoardController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpsBoardView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WindowClosuresController_close: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Urgent run before the holiday"
                 *     }
                 */
                "application/json": components["schemas"]["CloseWindowsDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WindowClosureView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    WindowClosuresController_recent: {
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
                content: {
                    "application/json": components["schemas"]["WindowClosureView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InventoryController_list: {
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
                content: {
                    "application/json": components["schemas"]["FeedView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InventoryController_uploadCsv: {
        parameters: {
            query?: {
                /** @description When the stock was counted (ISO 8601); default: now. Not in the future */
                countedAt?: string;
            };
            header?: never;
            path: {
                id: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example sku,quantity
                 *     BK-ROAD-54,3
                 *     HELMET-M,12
                 */
                "text/csv": string;
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedUploadView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InventoryController_replace: {
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
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "sku": "BK-ROAD-54",
                 *           "gtin": "036000291452",
                 *           "manufacturer": "cascade-cycles",
                 *           "quantity": 4
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FeedDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedUploadView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InventoryController_delta: {
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
                /**
                 * @example {
                 *       "items": [
                 *         {
                 *           "sku": "BK-ROAD-54",
                 *           "gtin": "036000291452",
                 *           "manufacturer": "cascade-cycles",
                 *           "quantity": 4
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["FeedDeltaDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FeedUploadView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InventoryController_items: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Exact SKU */
                sku?: string;
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
                content: {
                    "application/json": components["schemas"]["StockItemPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    InventoryController_holds: {
        parameters: {
            query?: {
                limit?: number;
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
                content: {
                    "application/json": components["schemas"]["HoldPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutoBidsController_list: {
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
                content: {
                    "application/json": components["schemas"]["AutoBidSettingView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutoBidsController_decisions: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                orderId?: string;
                outcome?: components["schemas"]["AutoBidOutcome"];
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
                content: {
                    "application/json": components["schemas"]["DecisionPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutoBidsController_enable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                manufacturerId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /** @example {} */
                "application/json": components["schemas"]["AutoBidSettingDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["AutoBidSettingView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    AutoBidsController_disable: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                manufacturerId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Turned off */
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DealerFeedsController_list: {
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
                content: {
                    "application/json": components["schemas"]["DealerFeedView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResolutionController_list: {
        parameters: {
            query?: {
                limit?: number;
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
                content: {
                    "application/json": components["schemas"]["RunPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResolutionController_start: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "dryRun": false
                 *     }
                 */
                "application/json": components["schemas"]["StartResolutionDto"];
            };
        };
        responses: {
            202: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RunView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    ResolutionController_get: {
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
                content: {
                    "application/json": components["schemas"]["RunView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfilmentController_ship[0]": {
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
                /**
                 * @example {
                 *       "carrier": "UPS",
                 *       "trackingNumber": "99.00.123456.12345678"
                 *     }
                 */
                "application/json": components["schemas"]["ShipOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FulfilmentView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfilmentController_ship[1]": {
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
                /**
                 * @example {
                 *       "carrier": "UPS",
                 *       "trackingNumber": "99.00.123456.12345678"
                 *     }
                 */
                "application/json": components["schemas"]["ShipOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FulfilmentView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfilmentController_deliver[0]": {
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
                content: {
                    "application/json": components["schemas"]["FulfilmentView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfilmentController_deliver[1]": {
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
                content: {
                    "application/json": components["schemas"]["FulfilmentView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    DeclineController_decline: {
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
                /**
                 * @example {
                 *       "reason": "The last one in stock was damaged"
                 *     }
                 */
                "application/json": components["schemas"]["DeclineOrderDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DeclinedView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    PickupLocationsController_near: {
        parameters: {
            query?: {
                /** @description US ZIP code to search near (or lat and lng) */
                postalCode?: string;
                lat?: number;
                lng?: number;
                /** @description How far to look, in km */
                withinKm?: number;
            };
            header?: never;
            path: {
                slug: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PickupLocationList"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StorePickupsController_list: {
        parameters: {
            query?: {
                /** @description open: not picked up or cancelled yet */
                show?: "open" | "all";
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
                content: {
                    "application/json": components["schemas"]["StorePickupView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StorePickupsController_accept: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorePickupView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StorePickupsController_decline: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Out of stock in this size"
                 *     }
                 */
                "application/json": components["schemas"]["DeclinePickupDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorePickupView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StorePickupsController_ready: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorePickupView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    StorePickupsController_pickedUp: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                orderId: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "code": "K7QF2MZA"
                 *     }
                 */
                "application/json": components["schemas"]["PickedUpDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StorePickupView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerReturnsController_list: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerReturns"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerReturnsController_request: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "lines": [
                 *         {
                 *           "sku": "BK-ROAD-54",
                 *           "quantity": 1,
                 *           "reason": "Wrong size"
                 *         }
                 *       ]
                 *     }
                 */
                "application/json": components["schemas"]["RequestReturnDto"];
            };
        };
        responses: {
            201: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfillerReturnsController_list[0]": {
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
                content: {
                    "application/json": components["schemas"]["ReturnView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfillerReturnsController_list[1]": {
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
                content: {
                    "application/json": components["schemas"]["ReturnView"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfillerReturnsController_get[0]": {
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
                content: {
                    "application/json": components["schemas"]["ReturnView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfillerReturnsController_get[1]": {
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
                content: {
                    "application/json": components["schemas"]["ReturnView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfillerReturnsController_approve[0]": {
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
                /**
                 * @example {
                 *       "instructions": "Bring it to the store with the receipt, or ship it to 1 Main St, Portland OR 97201"
                 *     }
                 */
                "application/json": components["schemas"]["ApproveReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfillerReturnsController_approve[1]": {
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
                /**
                 * @example {
                 *       "instructions": "Bring it to the store with the receipt, or ship it to 1 Main St, Portland OR 97201"
                 *     }
                 */
                "application/json": components["schemas"]["ApproveReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfillerReturnsController_refuse[0]": {
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
                /**
                 * @example {
                 *       "reason": "The item was used"
                 *     }
                 */
                "application/json": components["schemas"]["RefuseReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfillerReturnsController_refuse[1]": {
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
                /**
                 * @example {
                 *       "reason": "The item was used"
                 *     }
                 */
                "application/json": components["schemas"]["RefuseReturnDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReturnView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfillerReturnsController_received[0]": {
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
                content: {
                    "application/json": components["schemas"]["ReturnView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "FulfillerReturnsController_received[1]": {
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
                content: {
                    "application/json": components["schemas"]["ReturnView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerRatingController_get: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CustomerRating"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    CustomerRatingController_rate: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                token: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "stars": 5,
                 *       "comment": "Ready the same day, friendly staff"
                 *     }
                 */
                "application/json": components["schemas"]["RateDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["RatingView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "DealerRecordsController_list[0]": {
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
                content: {
                    "application/json": components["schemas"]["DealerRecord"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "DealerRecordsController_list[1]": {
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
                content: {
                    "application/json": components["schemas"]["DealerRecord"][];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "SettlementController_statement[0]": {
        parameters: {
            query: {
                /** @description First day (or instant) included */
                from: string;
                /** @description First day (or instant) not included */
                to: string;
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
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "SettlementController_statement[1]": {
        parameters: {
            query: {
                /** @description First day (or instant) included */
                from: string;
                /** @description First day (or instant) not included */
                to: string;
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
                content: {
                    "application/json": components["schemas"]["Statement"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "SettlementController_csv[0]": {
        parameters: {
            query: {
                /** @description First day (or instant) included */
                from: string;
                /** @description First day (or instant) not included */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A header line, then one line per shipped order; amounts in minor units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    "SettlementController_csv[1]": {
        parameters: {
            query: {
                /** @description First day (or instant) included */
                from: string;
                /** @description First day (or instant) not included */
                to: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A header line, then one line per shipped order; amounts in minor units */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "text/csv": string;
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "text/csv": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RetailerWebhooksController_get: {
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
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RetailerWebhooksController_set: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "url": "https://erp.example.com/nearfill/events",
                 *       "secret": "whsec_6b1d0f7e3c2a4b5e9f8d7c6b"
                 *     }
                 */
                "application/json": components["schemas"]["SetWebhookDto"];
            };
        };
        responses: {
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["WebhookView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Understood but cannot be processed; the message says what to send instead */
            422: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 422,
                     *       "error": "Unprocessable Entity",
                     *       "message": "This Idempotency-Key was already used with a different order; use a new key for a new order"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RetailerWebhooksController_remove: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            204: {
                headers: {
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RetailerWebhooksController_ping: {
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
                content: {
                    "application/json": components["schemas"]["PingResult"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    RetailerWebhooksController_deliveries: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only the attempts of this event */
                eventId?: string;
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
                content: {
                    "application/json": components["schemas"]["DeliveryPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpsNotificationsController_emails: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                /** @description Only e-mails to this address */
                to?: string;
                /** @description Only e-mails about this order number */
                orderNumber?: string;
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
                content: {
                    "application/json": components["schemas"]["EmailPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpsNotificationsController_email: {
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
                content: {
                    "application/json": components["schemas"]["EmailView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpsNotificationsController_list: {
        parameters: {
            query?: {
                limit?: number;
                offset?: number;
                state?: "pending" | "delivered" | "failed" | "dropped";
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
                content: {
                    "application/json": components["schemas"]["NotificationPage"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
    OpsNotificationsController_retry: {
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
                content: {
                    "application/json": components["schemas"]["NotificationView"];
                };
            };
            /** @description The request is malformed or has unknown fields; the message names them */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 400,
                     *       "error": "Bad Request",
                     *       "message": "shippingAddress.postalCode is required"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Missing, expired or invalid credentials */
            401: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 401,
                     *       "error": "Unauthorized",
                     *       "message": "Sign in first: send \"Authorization: Bearer <token>\" from POST /api/v1/auth/login, or an \"X-Api-Key\" header"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Your account may not do this */
            403: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 403,
                     *       "error": "Forbidden",
                     *       "message": "This requires a signed-in user, not an API key"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Not found, or not yours */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 404,
                     *       "error": "Not Found",
                     *       "message": "Order not found"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Conflicts with the current state; the message says why */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 409,
                     *       "error": "Conflict",
                     *       "message": "Bidding on order #100042 closed at 2026-12-05T02:00:00.000Z; bids can no longer be placed"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Body too large */
            413: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 413,
                     *       "error": "Payload Too Large",
                     *       "message": "Request body is too large; send a smaller payload"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A path parameter is longer than any id or name it could be */
            414: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 414,
                     *       "error": "URI Too Long",
                     *       "message": "The request could not be routed: '/api/v1/retailer/orders/aaaa…' is exceeding the max param length"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description Unsupported Content-Type; send application/json */
            415: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 415,
                     *       "error": "Unsupported Media Type",
                     *       "message": "Unsupported Content-Type; send application/json"
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
            /** @description A fault on our side; the message carries a reference to quote to support */
            500: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "statusCode": 500,
                     *       "error": "Internal Server Error",
                     *       "message": "Something went wrong on our side (reference 6f0c2a9e-…). Please retry; if it persists, contact support."
                     *     }
                     */
                    "application/json": components["schemas"]["ErrorResponse"];
                };
            };
        };
    };
}
