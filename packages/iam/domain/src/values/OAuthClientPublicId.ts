/**
 * The public OAuth `client_id` of a registered client.
 *
 * better-auth generates it (a random string, not one of our IDs) and hands it
 * to the client; tokens, consents and client-resource links reference it, not
 * `oauth_client.id`. It has its own brand so it cannot be passed where an
 * `OAuthClientId` (the internal primary key) is meant, nor the reverse.
 *
 * @since 0.1.0
 */

import { ModelFields } from "@beep/shared-domain"
import * as Schema from "effect/Schema"

/**
 * A non-empty string branded `OAuthClientPublicId`, branded on both sides so a
 * Drizzle column typed with it equals the model's encoded row.
 *
 * @since 0.1.0
 */
export const OAuthClientPublicId = Schema.toType(
  ModelFields.Text.check(Schema.isNonEmpty()).pipe(Schema.brand("OAuthClientPublicId")).annotate({
    description: "The public OAuth client_id that better-auth issues to a client."
  })
)
/** @since 0.1.0 */
export type OAuthClientPublicId = typeof OAuthClientPublicId.Type
