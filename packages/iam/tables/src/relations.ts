/**
 * Relations of the IAM tables, named as better-auth's experimental joins
 * expect (`user`, `oauthClient`, `oauthAccessTokens`, …), plus the IAM halves
 * of the `user` and `session` relations (see `@beep/shared-tables`'
 * `relations.ts` for why those are fragments).
 *
 * OAuth relations join on `oauth_client.client_id` (the public identifier) and
 * `oauth_resource.identifier`, as the foreign keys do.
 *
 * @since 0.1.0
 */
import { session, user } from "@beep/shared-tables"
import { relations, type TableRelationsHelpers } from "drizzle-orm"
import { account } from "./tables/account.table.ts"
import { oauthAccessToken } from "./tables/oauth-access-token.table.ts"
import { oauthClient } from "./tables/oauth-client.table.ts"
import { oauthClientResource } from "./tables/oauth-client-resource.table.ts"
import { oauthConsent } from "./tables/oauth-consent.table.ts"
import { oauthRefreshToken } from "./tables/oauth-refresh-token.table.ts"
import { oauthResource } from "./tables/oauth-resource.table.ts"

/** The IAM tables that hang off a user. @since 0.1.0 */
export const iamUserRelations = ({ many }: TableRelationsHelpers<"user">) => ({
  accounts: many(account),
  oauthClients: many(oauthClient),
  oauthRefreshTokens: many(oauthRefreshToken),
  oauthAccessTokens: many(oauthAccessToken),
  oauthConsents: many(oauthConsent)
})

/** The IAM tables that hang off a session. @since 0.1.0 */
export const iamSessionRelations = ({ many }: TableRelationsHelpers<"session">) => ({
  oauthRefreshTokens: many(oauthRefreshToken),
  oauthAccessTokens: many(oauthAccessToken)
})

/** `account.user`. @since 0.1.0 */
export const accountRelations = relations(account, ({ one }) => ({
  user: one(user, { fields: [account.userId], references: [user.id] })
}))

/** A client's owner and everything issued to it. @since 0.1.0 */
export const oauthClientRelations = relations(oauthClient, ({ one, many }) => ({
  user: one(user, { fields: [oauthClient.userId], references: [user.id] }),
  oauthClientResources: many(oauthClientResource),
  oauthRefreshTokens: many(oauthRefreshToken),
  oauthAccessTokens: many(oauthAccessToken),
  oauthConsents: many(oauthConsent)
}))

/** The clients linked to a resource. @since 0.1.0 */
export const oauthResourceRelations = relations(oauthResource, ({ many }) => ({
  oauthClientResources: many(oauthClientResource)
}))

/** Both ends of a client-resource link. @since 0.1.0 */
export const oauthClientResourceRelations = relations(oauthClientResource, ({ one }) => ({
  oauthClient: one(oauthClient, { fields: [oauthClientResource.clientId], references: [oauthClient.clientId] }),
  oauthResource: one(oauthResource, {
    fields: [oauthClientResource.resourceId],
    references: [oauthResource.identifier]
  })
}))

/** A refresh token's client, session, user and the access tokens issued with it. @since 0.1.0 */
export const oauthRefreshTokenRelations = relations(oauthRefreshToken, ({ one, many }) => ({
  oauthClient: one(oauthClient, { fields: [oauthRefreshToken.clientId], references: [oauthClient.clientId] }),
  session: one(session, { fields: [oauthRefreshToken.sessionId], references: [session.id] }),
  user: one(user, { fields: [oauthRefreshToken.userId], references: [user.id] }),
  oauthAccessTokens: many(oauthAccessToken)
}))

/** An access token's client, session, user and the refresh token (`refreshId`) it came with. @since 0.1.0 */
export const oauthAccessTokenRelations = relations(oauthAccessToken, ({ one }) => ({
  oauthClient: one(oauthClient, { fields: [oauthAccessToken.clientId], references: [oauthClient.clientId] }),
  session: one(session, { fields: [oauthAccessToken.sessionId], references: [session.id] }),
  user: one(user, { fields: [oauthAccessToken.userId], references: [user.id] }),
  oauthRefreshToken: one(oauthRefreshToken, {
    fields: [oauthAccessToken.refreshId],
    references: [oauthRefreshToken.id]
  })
}))

/** A consent's client and user. @since 0.1.0 */
export const oauthConsentRelations = relations(oauthConsent, ({ one }) => ({
  oauthClient: one(oauthClient, { fields: [oauthConsent.clientId], references: [oauthClient.clientId] }),
  user: one(user, { fields: [oauthConsent.userId], references: [user.id] })
}))
