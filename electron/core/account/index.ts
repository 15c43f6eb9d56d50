// The account service's public surface.
export { AccountService } from './account-service';
export { ACCOUNT_FILE_NAME } from './account-facts';
