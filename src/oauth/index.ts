/**
 * OAuth 2.0 for LinkedIn (3-legged authorization code flow, refresh, introspection) and the token provider
 * that keeps a client's access token fresh. Web-standard APIs only: no Node built-ins.
 */
export {
  LinkedInOAuth,
  type AuthorizationRequest,
  type AuthorizationUrlParams,
  type ExchangeCodeParams,
  type LinkedInOAuthOptions,
} from "./linkedin-oauth.js";
export { refreshingToken, type RefreshingTokenOptions } from "./refreshing.js";
export {
  OAuthError,
  OAuthRedirectError,
  ReauthorizationRequiredError,
  OAuthConnectionError,
  type OAuthErrorCode,
  type OAuthErrorFields,
} from "./errors.js";
export type { OAuthFetch } from "./http.js";
export type { OAuthCallOptions, OAuthTokens, StoredOAuthTokens, TokenIntrospection } from "./types.js";
