/**
 * The `oauth_client_assertion` table.
 *
 * @since 0.1.0
 */
import { IamEntityIds } from "@beep/shared-domain"
import { Table, timestamptz } from "@beep/shared-tables"

/**
 * Mirrors `OAuthClientAssertion.Model`: replay guard for `private_key_jwt`
 * assertions, looked up only by its (derived) primary key.
 *
 * @since 0.1.0
 */
export const oauthClientAssertion = Table.make(IamEntityIds.OAuthClientAssertionId)({
  expiresAt: timestamptz("expires_at").notNull()
})
