// The account service's public surface.
export { AccountService, type AccountInputArgs, type AccountServiceDeps } from './account-service';
export { ACCOUNT_FILE_NAME, SECRET_NAMES } from './account-facts';
