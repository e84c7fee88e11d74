/**
 * The `oauth_client` table.
 *
 * @since 0.1.0
 */
import type { OAuthClientPublicId } from "@beep/iam-domain"
import { IamEntityIds, SharedEntityIds } from "@beep/shared-domain"
import { idColumn, jsonb, Table, textArray, user } from "@beep/shared-tables"
import { boolean, index, text } from "drizzle-orm/pg-core"

/**
 * Mirrors `OAuthClient.Model`. `client_id` (the public identifier) is unique
 * and is what tokens, consents and resource links reference. Deleting the
 * owning user deletes the client.
 *
 * @since 0.1.0
 */
export const oauthClient = Table.make(IamEntityIds.OAuthClientId)(
  {
    clientId: text("client_id").$type<OAuthClientPublicId>().notNull().unique("oauth_client_client_id_key"),
    clientSecret: text("client_secret"),
    clientDiscoveryId: text("client_discovery_id"),
    disabled: boolean("disabled").notNull().default(false),
    skipConsent: boolean("skip_consent"),
    enableEndSession: boolean("enable_end_session"),
    subjectType: text("subject_type"),
    scopes: textArray("scopes"),
    clientCredentialsScopes: textArray("client_credentials_scopes").notNull().default([]),
    userId: idColumn("user_id", SharedEntityIds.UserId).references(() => user.id, { onDelete: "cascade" }),
    name: text("name"),
    uri: text("uri"),
    icon: text("icon"),
    contacts: textArray("contacts"),
    tos: text("tos"),
    policy: text("policy"),
    softwareId: text("software_id"),
    softwareVersion: text("software_version"),
    softwareStatement: text("software_statement"),
    redirectUris: textArray("redirect_uris").notNull(),
    postLogoutRedirectUris: textArray("post_logout_redirect_uris"),
    backchannelLogoutUri: text("backchannel_logout_uri"),
    backchannelLogoutSessionRequired: boolean("backchannel_logout_session_required"),
    tokenEndpointAuthMethod: text("token_endpoint_auth_method"),
    applicationType: text("application_type"),
    jwks: text("jwks"),
    jwksUri: text("jwks_uri"),
    grantTypes: textArray("grant_types"),
    responseTypes: textArray("response_types"),
    requirePKCE: boolean("require_pkce"),
    dpopBoundAccessTokens: boolean("dpop_bound_access_tokens").notNull().default(false),
    referenceId: text("reference_id"),
    metadata: jsonb("metadata")
  },
  (t) => [index("oauth_client_user_id_idx").on(t.userId)]
)
