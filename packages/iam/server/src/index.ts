/**
 * `@beep/iam-server`: not built yet (see the open issues); the package exists so the
 * workspace layout matches ARCHITECTURE.md.
 *
 * @since 0.1.0
 */
export {}
