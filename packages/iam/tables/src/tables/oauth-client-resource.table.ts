/**
 * The `oauth_client_resource` table.
 *
 * @since 0.1.0
 */
import type { OAuthClientPublicId, OAuthResourceIdentifier } from "@beep/iam-domain"
import { IamEntityIds } from "@beep/shared-domain"
import { jsonb, Table } from "@beep/shared-tables"
import { index, text, unique } from "drizzle-orm/pg-core"
import { oauthClient } from "./oauth-client.table.ts"
import { oauthResource } from "./oauth-resource.table.ts"

/**
 * Mirrors `OAuthClientResource.Model`: which resources a client may request
 * tokens for. `(client_id, resource_id)` is unique; that unique index also
 * serves lookups by `client_id` (its leading column), so only `resource_id`
 * gets an index of its own. Deleting the client or the resource deletes the
 * link.
 *
 * @since 0.1.0
 */
export const oauthClientResource = Table.make(IamEntityIds.OAuthClientResourceId)(
  {
    clientId: text("client_id")
      .$type<OAuthClientPublicId>()
      .notNull()
      .references(() => oauthClient.clientId, { onDelete: "cascade" }),
    resourceId: text("resource_id")
      .$type<OAuthResourceIdentifier>()
      .notNull()
      .references(() => oauthResource.identifier, { onDelete: "cascade" }),
    metadata: jsonb("metadata")
  },
  (t) => [
    unique("oauth_client_resource_client_id_resource_id_key").on(t.clientId, t.resourceId),
    index("oauth_client_resource_resource_id_idx").on(t.resourceId)
  ]
)
