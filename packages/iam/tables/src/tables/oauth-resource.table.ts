/**
 * The `oauth_resource` table.
 *
 * @since 0.1.0
 */
import type { OAuthResourceIdentifier } from "@beep/iam-domain"
import { IamEntityIds } from "@beep/shared-domain"
import { jsonb, Table, textArray } from "@beep/shared-tables"
import { boolean, integer, text } from "drizzle-orm/pg-core"

/**
 * Mirrors `OAuthResource.Model`; `identifier` (the RFC 8707 resource
 * indicator) is unique and is what client-resource links reference.
 *
 * @since 0.1.0
 */
export const oauthResource = Table.make(IamEntityIds.OAuthResourceId)({
  identifier: text("identifier").$type<OAuthResourceIdentifier>().notNull().unique("oauth_resource_identifier_key"),
  name: text("name").notNull(),
  accessTokenTtl: integer("access_token_ttl"),
  refreshTokenTtl: integer("refresh_token_ttl"),
  signingAlgorithm: text("signing_algorithm"),
  signingKeyId: text("signing_key_id"),
  allowedScopes: textArray("allowed_scopes"),
  customClaims: jsonb("custom_claims"),
  dpopBoundAccessTokensRequired: boolean("dpop_bound_access_tokens_required").notNull().default(false),
  disabled: boolean("disabled").notNull().default(false),
  policyVersion: integer("policy_version").notNull().default(1),
  metadata: jsonb("metadata")
})
