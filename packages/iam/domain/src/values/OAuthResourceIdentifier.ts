/**
 * The public identifier of a protected resource (RFC 8707 `resource`, usually
 * a URL), which `oauth_client_resource.resource_id` references.
 *
 * @since 0.1.0
 */

import { ModelFields } from "@beep/shared-domain"
import * as Schema from "effect/Schema"

/**
 * A non-empty string branded `OAuthResourceIdentifier`, branded on both sides so
 * a Drizzle column typed with it equals the model's encoded row; distinct from
 * `OAuthResourceId`, the internal primary key.
 *
 * @since 0.1.0
 */
export const OAuthResourceIdentifier = Schema.toType(
  ModelFields.Text.check(Schema.isNonEmpty()).pipe(Schema.brand("OAuthResourceIdentifier")).annotate({
    description: "The public identifier (RFC 8707 resource indicator) of a protected resource."
  })
)
/** @since 0.1.0 */
export type OAuthResourceIdentifier = typeof OAuthResourceIdentifier.Type
