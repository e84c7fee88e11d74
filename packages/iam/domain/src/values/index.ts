/**
 * Public identifiers that are not our primary keys.
 *
 * @since 0.1.0
 */
export * from "./OAuthClientPublicId.ts"
export * from "./OAuthResourceIdentifier.ts"
